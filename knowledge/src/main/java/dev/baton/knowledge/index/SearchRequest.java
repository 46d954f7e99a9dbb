package dev.baton.knowledge.index;

import static java.util.Objects.requireNonNull;

/** A hybrid search: the query text for lexical matching and its embedding for semantic matching. */
public record SearchRequest(String text, float[] vector, SearchFilter filter, int limit) {
    public SearchRequest {
        requireNonNull(text, "text is null");
        requireNonNull(vector, "vector is null");
        requireNonNull(filter, "filter is null");
        vector = vector.clone();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }
}
