package dev.baton.knowledge.embedding;

import java.util.List;

/** Turns text into normalised vectors. Queries and passages may be embedded differently (bge uses an instruction prefix). */
public interface EmbeddingModel {
    int dimensions();

    float[] embedQuery(String query);

    /** Embeds passages in batches; the result has one vector per input, in order. */
    List<float[]> embedPassages(List<String> passages);
}
