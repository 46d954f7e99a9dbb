package dev.baton.knowledge.index.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestTextSparseVectors {
    private final TextSparseVectors words = new TextSparseVectors();

    @AfterEach
    void close() {
        words.close();
    }

    @Test
    void termsAreAnalysedAsTheLuceneIndexDoesAndHashedStably() {
        TextSparseVectors.Sparse query = words.query("The Passwords of THE users' VPNs");

        // Stop words gone, lower case, possessive and plural stemmed (Porter): password, user, vpn.
        assertThat(query.indices()).containsExactlyInAnyOrder(
                TextSparseVectors.hash("password"), TextSparseVectors.hash("user"), TextSparseVectors.hash("vpn"));
        assertThat(query.values()).containsOnly(1f);
        // FNV-1a 32 of "a" is 0xe40c292c: the dimension of a word never changes between versions or processes.
        assertThat(TextSparseVectors.hash("a")).isEqualTo(0xe40c292c);
    }

    @Test
    void dimensionsAreSortedUnsignedAndDistinct() {
        TextSparseVectors.Sparse document = words.document("reset reset password portal portal portal vpn account");

        int[] indices = document.indices();
        for (int i = 1; i < indices.length; i++) {
            assertThat(Integer.compareUnsigned(indices[i - 1], indices[i])).isNegative();
        }
        assertThat(indices).hasSize(5);
    }

    @Test
    void documentWeightsFollowBm25TermFrequencySaturation() {
        TextSparseVectors.Sparse document = words.document("portal portal portal vpn");
        double norm = TextSparseVectors.K1 * (1 - TextSparseVectors.B + TextSparseVectors.B * 4 / TextSparseVectors.AVERAGE_LENGTH);

        assertThat(weight(document, "portal")).isCloseTo((float) (3 * 2.2 / (3 + norm)), offset(1e-6f));
        assertThat(weight(document, "vpn")).isCloseTo((float) (1 * 2.2 / (1 + norm)), offset(1e-6f));
        assertThat(weight(document, "portal")).isLessThan(3 * weight(document, "vpn"));
        assertThat(document.dot(words.query("portal vpn"))).isCloseTo(weight(document, "portal") + weight(document, "vpn"),
                offset(1e-6));
    }

    @Test
    void onlyStopWordsGiveAnEmptyVector() {
        assertThat(words.query("is it the").isEmpty()).isTrue();
        assertThat(words.document("").isEmpty()).isTrue();
    }

    private static float weight(TextSparseVectors.Sparse vector, String term) {
        int index = TextSparseVectors.hash(term);
        for (int i = 0; i < vector.indices().length; i++) {
            if (vector.indices()[i] == index) {
                return vector.values()[i];
            }
        }
        return 0;
    }
}
