package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Baton's retrieval beside LangChain4j's stock in-memory retrieval on one BEIR set, same chunks,
 * same vectors. Quality is document-level over the judged queries (as {@code eval} counts it);
 * latency is retrieval alone: every query vector was computed beforehand by the same model, and
 * its cost is reported once, apart ({@code queryEmbedding*}), because it is the same for both.
 */
public record ComparisonReport(
        String dataset,
        int documents,
        int chunks,
        int queries,
        int rounds,
        double queryEmbeddingP50Ms,
        double queryEmbeddingP99Ms,
        Side baton,
        Side langChain4j) {
    /** One system's figures. */
    public record Side(String name, String retrieval, double recallAt5, double ndcgAt10, double mrrAt10,
            double latencyP50Ms, double latencyP99Ms) {
        public Side {
            requireNonNull(name, "name is null");
            requireNonNull(retrieval, "retrieval is null");
        }
    }

    public ComparisonReport {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(baton, "baton is null");
        requireNonNull(langChain4j, "langChain4j is null");
    }

    /** True when Baton is at least as good on every quality figure and faster at p50 and p99. */
    public boolean batonWins() {
        return baton.recallAt5() >= langChain4j.recallAt5() && baton.ndcgAt10() >= langChain4j.ndcgAt10()
                && baton.mrrAt10() >= langChain4j.mrrAt10() && baton.latencyP50Ms() <= langChain4j.latencyP50Ms()
                && baton.latencyP99Ms() <= langChain4j.latencyP99Ms();
    }

    /** A table for a terminal; ratios are Baton over LangChain4j. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("Retrieval side by side: ").append(dataset).append('\n');
        out.append(String.format(Locale.ROOT, "  corpus: %d documents, %d chunks; %d judged queries, latency over %d round(s)%n",
                documents, chunks, queries, rounds));
        out.append(String.format(Locale.ROOT, "  query embedding (shared, excluded from latency): p50 %.2f ms, p99 %.2f ms%n",
                queryEmbeddingP50Ms, queryEmbeddingP99Ms));
        out.append(String.format(Locale.ROOT, "  %-12s %s%n", baton.name(), baton.retrieval()));
        out.append(String.format(Locale.ROOT, "  %-12s %s%n", langChain4j.name(), langChain4j.retrieval()));
        out.append(String.format(Locale.ROOT, "  %-20s %12s %12s %10s%n", "", baton.name(), langChain4j.name(), "ratio"));
        row(out, "recall@5", baton.recallAt5(), langChain4j.recallAt5(), "%.3f");
        row(out, "nDCG@10", baton.ndcgAt10(), langChain4j.ndcgAt10(), "%.3f");
        row(out, "MRR@10", baton.mrrAt10(), langChain4j.mrrAt10(), "%.3f");
        row(out, "latency p50 ms", baton.latencyP50Ms(), langChain4j.latencyP50Ms(), "%.3f");
        row(out, "latency p99 ms", baton.latencyP99Ms(), langChain4j.latencyP99Ms(), "%.3f");
        out.append("  verdict: ").append(batonWins()
                ? "Baton is at least as good on every quality figure and faster at p50 and p99"
                : "Baton does not win on every figure (see the rows above)").append('\n');
        return out.toString();
    }

    private static void row(StringBuilder out, String label, double baton, double other, String format) {
        String ratio = other == 0 ? "-" : String.format(Locale.ROOT, "%.2f", baton / other);
        out.append(String.format(Locale.ROOT, "  %-20s %12s %12s %10s%n", label,
                String.format(Locale.ROOT, format, baton), String.format(Locale.ROOT, format, other), ratio));
    }
}
