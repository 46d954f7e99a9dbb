package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * The budgets of one knowledge base size (the retrieval figures beside LangChain4j are -1 when that
 * comparison was not asked for): ingestion throughput through the real ingestion path
 * against the embedding model's own throughput on the same passages in the same run, the latency of
 * one turn (hybrid retrieval and an extractive answer, no LLM) and the process's resident memory.
 */
public record BudgetReport(
        String corpus,
        int targetChunks,
        int documents,
        int chunksIndexed,
        int ingestFailures,
        double ingestSeconds,
        double ingestChunksPerSecond,
        int modelSample,
        double modelBeforeTextsPerSecond,
        double modelAfterTextsPerSecond,
        double modelTextsPerSecond,
        double ingestShareOfModel,
        int turns,
        int abstained,
        double turnP50Ms,
        double turnP95Ms,
        double turnP99Ms,
        double residentMb,
        double peakResidentMb,
        double maxHeapMb,
        List<String> jvmFlags,
        double batonRetrievalP50Ms,
        double batonRetrievalP99Ms,
        double langChain4jRetrievalP50Ms,
        double langChain4jRetrievalP99Ms) {
    public static final double TARGET_INGEST_SHARE = 0.80;
    public static final double TARGET_TURN_P50_MS = 15;
    public static final double TARGET_TURN_P99_MS = 50;
    public static final double TARGET_RESIDENT_MB = 600;

    public BudgetReport {
        requireNonNull(corpus, "corpus is null");
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** A table for a terminal, each budget with its target and whether it was met. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("Budget benchmark: ").append(chunksIndexed).append(" chunks (target ").append(targetChunks).append(")\n");
        row(out, "corpus", corpus);
        row(out, "documents", documents + " Markdown files, " + ingestFailures + " failed");
        row(out, "ingestion", String.format(Locale.ROOT, "%.1f s, %.1f chunks/s", ingestSeconds, ingestChunksPerSecond));
        row(out, "model alone", String.format(Locale.ROOT,
                "%.1f texts/s (mean of %.1f before and %.1f after ingestion; %d of the same passages, same batches)",
                modelTextsPerSecond, modelBeforeTextsPerSecond, modelAfterTextsPerSecond, modelSample));
        row(out, "ingestion / model", verdict(String.format(Locale.ROOT, "%.0f%%", 100 * ingestShareOfModel),
                ingestShareOfModel >= TARGET_INGEST_SHARE, ">= 80%"));
        row(out, "one turn p50", verdict(String.format(Locale.ROOT, "%.1f ms", turnP50Ms), turnP50Ms < TARGET_TURN_P50_MS,
                "< 15 ms"));
        row(out, "one turn p95", String.format(Locale.ROOT, "%.1f ms", turnP95Ms));
        row(out, "one turn p99", verdict(String.format(Locale.ROOT, "%.1f ms", turnP99Ms), turnP99Ms < TARGET_TURN_P99_MS,
                "< 50 ms"));
        row(out, "turns", turns + " questions (" + abstained + " abstained)");
        row(out, "resident memory", verdict(String.format(Locale.ROOT, "%.0f MB (peak %.0f MB)", residentMb, peakResidentMb),
                residentMb < TARGET_RESIDENT_MB, "< 600 MB"));
        if (batonRetrievalP50Ms >= 0) {
            row(out, "retrieval at size", String.format(Locale.ROOT,
                    "Baton p50 %.2f / p99 %.2f ms; LangChain4j in-memory p50 %.2f / p99 %.2f ms (10 chunks, query "
                            + "embedding excluded)",
                    batonRetrievalP50Ms, batonRetrievalP99Ms, langChain4jRetrievalP50Ms, langChain4jRetrievalP99Ms));
        }
        row(out, "JVM", String.format(Locale.ROOT, "max heap %.0f MB; flags %s", maxHeapMb, String.join(" ", jvmFlags)));
        return out.toString();
    }

    private static String verdict(String value, boolean met, String target) {
        return value + "  (target " + target + ": " + (met ? "met" : "NOT met") + ")";
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "  %-20s %s%n", label, value));
    }
}
