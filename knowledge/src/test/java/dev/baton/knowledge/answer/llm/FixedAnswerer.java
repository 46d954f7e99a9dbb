package dev.baton.knowledge.answer.llm;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Answerer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.index.ScoredChunk;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for the extractive answerer: always gives the same answer, and counts the calls. */
final class FixedAnswerer implements Answerer {
    private final Answer answer;
    private final AtomicInteger calls = new AtomicInteger();

    FixedAnswerer(Answer answer) {
        this.answer = requireNonNull(answer, "answer is null");
    }

    @Override
    public Answer answer(Question question, List<ScoredChunk> passages) {
        calls.incrementAndGet();
        return answer;
    }

    int calls() {
        return calls.get();
    }
}
