package dev.baton.knowledge.embedding;

import java.util.List;
import java.util.Locale;

/**
 * A fast stand-in for tests that are about plumbing, not meaning: each word is hashed into one of
 * 64 dimensions, so texts sharing words have similar vectors. Unit length like the real model.
 */
public final class HashingEmbeddingModel implements EmbeddingModel {
    private static final int DIMENSIONS = 64;

    private int passagesEmbedded;

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embedQuery(String query) {
        return embed(query);
    }

    @Override
    public synchronized List<float[]> embedPassages(List<String> passages) {
        passagesEmbedded += passages.size();
        return passages.stream().map(HashingEmbeddingModel::embed).toList();
    }

    /** How many passages were embedded so far: tells whether ingestion skipped unchanged files. */
    public synchronized int passagesEmbedded() {
        return passagesEmbedded;
    }

    private static float[] embed(String text) {
        float[] vector = new float[DIMENSIONS];
        vector[0] = 0.01f;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
            }
        }
        return Vectors.normalised(vector);
    }
}
