package dev.baton.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TestRankingMetrics {
    private static final Map<String, Integer> RELEVANT = Map.of("a", 1, "b", 1);
    private static final List<String> RANKING = List.of("x", "a", "y", "b");

    @Test
    void beirConventions() {
        assertThat(RankingMetrics.recall(RANKING, RELEVANT, 1)).isZero();
        assertThat(RankingMetrics.recall(RANKING, RELEVANT, 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.recall(RANKING, RELEVANT, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.hit(RANKING, RELEVANT, 1)).isZero();
        assertThat(RankingMetrics.hit(RANKING, RELEVANT, 2)).isEqualTo(1.0);
        assertThat(RankingMetrics.reciprocalRank(RANKING, RELEVANT, 10)).isEqualTo(0.5);
        assertThat(RankingMetrics.reciprocalRank(RANKING, RELEVANT, 1)).isZero();
        double dcg = 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(5) / Math.log(2));
        double idcg = 1 + 1 / (Math.log(3) / Math.log(2));
        assertThat(RankingMetrics.ndcg(RANKING, RELEVANT, 10)).isCloseTo(dcg / idcg, Offset.offset(1e-12));
        assertThat(RankingMetrics.ndcg(List.of("a", "b"), RELEVANT, 10)).isEqualTo(1.0);
    }

    @Test
    void percentilesByNearestRank() {
        List<Double> values = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);

        assertThat(RankingMetrics.percentile(values, 50)).isEqualTo(5.0);
        assertThat(RankingMetrics.percentile(values, 95)).isEqualTo(10.0);
        assertThat(RankingMetrics.percentile(List.of(), 99)).isZero();
    }
}
