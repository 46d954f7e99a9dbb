package dev.baton.knowledge.eval;

import java.util.List;
import java.util.Map;

/** Ranking metrics of one query over a ranked list of document ids (BEIR conventions). */
final class RankingMetrics {
    private RankingMetrics() {}

    /** Share of the relevant documents found in the first k. */
    static double recall(List<String> ranking, Map<String, Integer> relevant, int k) {
        long found = ranking.stream().limit(k).filter(relevant::containsKey).count();
        return (double) found / relevant.size();
    }

    /** 1 when any relevant document is in the first k. */
    static double hit(List<String> ranking, Map<String, Integer> relevant, int k) {
        return ranking.stream().limit(k).anyMatch(relevant::containsKey) ? 1 : 0;
    }

    /** nDCG@k with the judged score as the gain. */
    static double ndcg(List<String> ranking, Map<String, Integer> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += relevant.getOrDefault(ranking.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = relevant.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Reciprocal rank of the first relevant document within the first k, 0 when none. */
    static double reciprocalRank(List<String> ranking, Map<String, Integer> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (relevant.containsKey(ranking.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** The p-th percentile (0-100) by nearest rank; 0 for no values. */
    static double percentile(List<Double> sortedValues, double p) {
        if (sortedValues.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedValues.size());
        return sortedValues.get(Math.max(0, Math.min(sortedValues.size() - 1, rank - 1)));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
