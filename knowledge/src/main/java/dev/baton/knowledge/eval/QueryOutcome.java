package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.answer.ConfidenceEstimator;
import java.util.List;

/** What happened to one evaluated query: the documents found (best first) and the answer's decision. */
public record QueryOutcome(
        String queryId,
        boolean answerable,
        List<String> ranking,
        ConfidenceEstimator.Evidence evidence,
        double confidence,
        boolean abstained,
        double latencyMs) {
    public QueryOutcome {
        requireNonNull(queryId, "queryId is null");
        ranking = List.copyOf(ranking);
        requireNonNull(evidence, "evidence is null");
    }
}
