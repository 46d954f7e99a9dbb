package dev.baton.knowledge.answer;

import java.util.List;
import java.util.Optional;

/**
 * Writes the summary a support person reads first when they take over a conversation. Empty when
 * this summarizer cannot (no language model configured, or it failed): the caller then falls back
 * to an extractive summary, so a handoff never waits for a summary.
 */
public interface ConversationSummarizer {
    Optional<String> summarize(List<ConversationTurn> conversation);

    /** The summarizer to bind when no language model is configured. */
    ConversationSummarizer NONE = conversation -> Optional.empty();
}
