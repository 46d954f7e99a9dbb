package dev.baton.knowledge.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TestBgeSmallEmbeddingModel {
    private final EmbeddingModel model = SharedEmbeddingModel.get();

    private static double norm(float[] vector) {
        return Math.sqrt(Vectors.dot(vector, vector));
    }

    @Test
    void unitVectorsOf384Dimensions() {
        float[] query = model.embedQuery("How do I reset my password?");

        assertThat(model.dimensions()).isEqualTo(384);
        assertThat(query).hasSize(384);
        assertThat(norm(query)).isCloseTo(1.0, Offset.offset(1e-4));
        assertThat(model.embedPassages(List.of("", "text"))).allSatisfy(v -> assertThat(v).hasSize(384));
    }

    @Test
    void aQueryIsCloserToThePassageThatAnswersIt() {
        float[] query = model.embedQuery("How do I reset my password?");
        List<float[]> passages = model.embedPassages(List.of(
                "To change a forgotten password, use the reset link on the sign-in page.",
                "The cafeteria serves lunch from noon to two."));

        assertThat(Vectors.dot(query, passages.get(0))).isGreaterThan(Vectors.dot(query, passages.get(1)) + 0.1);
        // The instruction prefix makes a query vector differ from the same text embedded as a passage.
        assertThat(Vectors.dot(query, model.embedPassages(List.of("How do I reset my password?")).get(0)))
                .isLessThan(0.9999);
    }

    @Test
    void batchesKeepTheOrderOfTheirInputs() {
        EmbeddingModel smallBatches = BgeSmallEmbeddingModel.load(2);
        List<String> texts = List.of("one", "two apples", "three red cars", "four", "five boats");

        List<float[]> batched = smallBatches.embedPassages(texts);

        assertThat(batched).hasSize(5);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = model.embedPassages(List.of(texts.get(i))).get(0);
            assertThat(Vectors.dot(batched.get(i), alone)).isCloseTo(1.0, Offset.offset(1e-4));
        }
    }
}
