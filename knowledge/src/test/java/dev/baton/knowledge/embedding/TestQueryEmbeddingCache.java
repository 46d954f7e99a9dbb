package dev.baton.knowledge.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestQueryEmbeddingCache {
    /** Counts the queries that reach the model. */
    private static final class CountingModel implements EmbeddingModel {
        final List<String> queries = new ArrayList<>();
        final HashingEmbeddingModel delegate = new HashingEmbeddingModel();

        @Override
        public int dimensions() {
            return delegate.dimensions();
        }

        @Override
        public float[] embedQuery(String query) {
            queries.add(query);
            return delegate.embedQuery(query);
        }

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            return delegate.embedPassages(passages);
        }
    }

    @Test
    void aQueryAskedAgainIsNotEmbeddedAgainAndCallersCannotChangeTheRememberedVector() {
        CountingModel model = new CountingModel();
        QueryEmbeddingCache cache = new QueryEmbeddingCache(model, 2);

        float[] first = cache.embedQuery("reset my password");
        first[0] = 42;
        float[] again = cache.embedQuery("reset my password");

        assertThat(model.queries).containsExactly("reset my password");
        assertThat(again).isEqualTo(model.delegate.embedQuery("reset my password"));
    }

    @Test
    void theLeastRecentlyUsedQueryIsForgottenBeyondCapacityAndPassagesAreNeverCached() {
        CountingModel model = new CountingModel();
        QueryEmbeddingCache cache = new QueryEmbeddingCache(model, 2);

        cache.embedQuery("a");
        cache.embedQuery("b");
        cache.embedQuery("a");
        cache.embedQuery("c");
        cache.embedQuery("a");
        cache.embedQuery("b");
        cache.embedPassages(List.of("x", "x"));
        cache.embedPassages(List.of("x"));

        assertThat(model.queries).containsExactly("a", "b", "c", "b");
        assertThat(model.delegate.passagesEmbedded()).isEqualTo(3);
        assertThat(cache.dimensions()).isEqualTo(model.dimensions());
    }
}
