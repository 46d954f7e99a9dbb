package dev.baton.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TestConfidenceEstimator {
    private final ConfidenceEstimator estimator = new ConfidenceEstimator(ConfidenceEstimator.FITTED);

    private static ScoredChunk passage(String title, String text, double similarity) {
        Chunk chunk = new Chunk(title + "#0", title, title, title, "", 0, text, Optional.empty(), Set.of(),
                ChunkKind.DOCUMENT);
        return new ScoredChunk(chunk, similarity, similarity, 0);
    }

    @Test
    void evidenceIsTheBestSimilarityItsMarginOverAnotherTitleAndWordOverlap() {
        ConfidenceEstimator.Evidence evidence = ConfidenceEstimator.evidence("reset VPN passwords", List.of(
                passage("VPN", "Reset your password in the portal.", 0.82),
                passage("VPN", "Other chunk of the same document.", 0.80),
                passage("Wi-Fi", "Guest network.", 0.70)));

        assertThat(evidence.similarity()).isEqualTo(0.82);
        assertThat(evidence.margin()).isCloseTo(0.12, Offset.offset(1e-9));
        assertThat(evidence.overlap()).isEqualTo(1.0);
    }

    @Test
    void confidenceRisesWithSimilarityAndStaysWithinBounds() {
        double weak = estimator.confidence("q", List.of(passage("A", "text", 0.55), passage("B", "text", 0.54)));
        double strong = estimator.confidence("q", List.of(passage("A", "text", 0.86), passage("B", "text", 0.70)));

        assertThat(weak).isBetween(0.0, 0.05);
        assertThat(strong).isBetween(0.9, 1.0);
        assertThat(estimator.confidence("q", List.of())).isZero();
    }
}
