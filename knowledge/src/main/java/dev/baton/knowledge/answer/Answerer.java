package dev.baton.knowledge.answer;

import dev.baton.knowledge.index.ScoredChunk;
import java.util.List;

/**
 * The answering port: extractive by default, an OpenAI-compatible LLM when one is configured.
 * Given the retrieved passages (best first), it answers only from them, citing them, or abstains.
 */
public interface Answerer {
    Answer answer(Question question, List<ScoredChunk> passages);
}
