package dev.baton.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestHybridFusion {
    private static final List<HybridFusion.Candidate<String>> CANDIDATES = List.of(
            new HybridFusion.Candidate<>("dense", 0.80, 0.0),
            new HybridFusion.Candidate<>("both", 0.78, 6.0),
            new HybridFusion.Candidate<>("lexical", 0.40, 12.0));

    private static List<String> order(HybridFusion fusion) {
        return fusion.fuse(CANDIDATES, 10).stream().map(f -> f.candidate().item()).toList();
    }

    @Test
    void semanticOnlyKeepsTheDenseOrder() {
        assertThat(order(new HybridFusion(FusionMethod.WEIGHTED, 1, 0, 60))).containsExactly("dense", "both", "lexical");
    }

    @Test
    void aSmallLexicalWeightBreaksNearTiesOnly() {
        List<HybridFusion.Fused<String>> fused = new HybridFusion(FusionMethod.WEIGHTED, 1, 0.05, 60).fuse(CANDIDATES, 10);

        assertThat(fused).extracting(f -> f.candidate().item()).containsExactly("both", "dense", "lexical");
        assertThat(fused.get(0).score()).isEqualTo(0.78 + 0.05 * 0.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void reciprocalRankFusionCountsRanksNotScores() {
        List<HybridFusion.Fused<String>> fused = new HybridFusion(FusionMethod.RRF, 1, 0.5, 60).fuse(CANDIDATES, 2);

        // Semantic ranks: dense, both, lexical; lexical ranks: lexical, both (dense matched no word).
        assertThat(fused).extracting(f -> f.candidate().item()).containsExactly("both", "lexical");
        assertThat(fused.get(0).score()).isEqualTo(1.0 / 62 + 0.5 / 62, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(fused.get(1).score()).isEqualTo(1.0 / 63 + 0.5 / 61, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void rejectsWeightsThatRankNothing() {
        assertThatThrownBy(() -> new HybridFusion(FusionMethod.WEIGHTED, 0, 0, 60))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
