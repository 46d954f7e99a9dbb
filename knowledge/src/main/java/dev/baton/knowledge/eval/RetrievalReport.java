package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * What an evaluation measured. Ranking metrics are document-level (a document counts once however
 * many of its chunks were found) over the answerable queries; {@code hitAtK} is the share of
 * queries with any relevant document in the first k. Abstention treats the unanswerable queries as
 * the ones that should be refused: recall is the share of them refused, the false-abstention rate
 * the share of answerable ones refused, at the configured threshold and at the best threshold
 * found (the one that maximises recall minus false-abstention rate).
 */
public record RetrievalReport(
        String dataset,
        String retrieval,
        int documents,
        long chunks,
        int answerableQueries,
        int unanswerableQueries,
        double recallAt1,
        double recallAt5,
        double recallAt10,
        double hitAt1,
        double hitAt5,
        double hitAt10,
        double ndcgAt10,
        double mrrAt10,
        double minConfidence,
        double abstentionRecall,
        double falseAbstentionRate,
        double bestThreshold,
        double bestAbstentionRecall,
        double bestFalseAbstentionRate,
        double latencyP50Ms,
        double latencyP95Ms,
        double latencyP99Ms) {
    public RetrievalReport {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(retrieval, "retrieval is null");
    }

    /** A table for a terminal. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("Retrieval evaluation: ").append(dataset).append('\n');
        row(out, "retrieval", retrieval);
        row(out, "corpus", documents + " documents, " + chunks + " chunks");
        row(out, "queries", answerableQueries + " answerable, " + unanswerableQueries + " unanswerable");
        row(out, "nDCG@10", number(ndcgAt10));
        row(out, "MRR@10", number(mrrAt10));
        row(out, "recall@1 / @5 / @10", number(recallAt1) + " / " + number(recallAt5) + " / " + number(recallAt10));
        row(out, "hit@1 / @5 / @10", number(hitAt1) + " / " + number(hitAt5) + " / " + number(hitAt10));
        if (unanswerableQueries > 0) {
            row(out, "abstention at " + number(minConfidence),
                    "recall " + number(abstentionRecall) + ", false-abstention rate " + number(falseAbstentionRate));
            row(out, "best threshold " + number(bestThreshold),
                    "recall " + number(bestAbstentionRecall) + ", false-abstention rate "
                            + number(bestFalseAbstentionRate));
        } else {
            row(out, "false-abstention rate at " + number(minConfidence), number(falseAbstentionRate));
        }
        row(out, "retrieval latency ms", String.format(Locale.ROOT, "p50 %.1f, p95 %.1f, p99 %.1f",
                latencyP50Ms, latencyP95Ms, latencyP99Ms));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "  %-28s %s%n", label, value));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
