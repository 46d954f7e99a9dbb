package dev.baton.knowledge.embedding;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the last few queries. One turn embeds its query twice — to retrieve and
 * again in the extractive answerer, which scores lines against it — and the query embedding is most
 * of a turn's time; this makes the second one free. Passages are never cached. Thread-safe.
 */
public final class QueryEmbeddingCache implements EmbeddingModel {
    private final EmbeddingModel model;
    private final Map<String, float[]> recent;

    public QueryEmbeddingCache(EmbeddingModel model, int capacity) {
        this.model = requireNonNull(model, "model is null");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public float[] embedQuery(String query) {
        requireNonNull(query, "query is null");
        float[] vector;
        synchronized (recent) {
            vector = recent.get(query);
        }
        if (vector == null) {
            // Embedded outside the lock: two threads asking for the same new query both embed it, which is harmless.
            vector = model.embedQuery(query);
            synchronized (recent) {
                recent.put(query, vector);
            }
        }
        return vector.clone();
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        return model.embedPassages(passages);
    }
}
