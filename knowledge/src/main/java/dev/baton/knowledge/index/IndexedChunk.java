package dev.baton.knowledge.index;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.ingest.Chunk;

/** A chunk with its embedding and the content hash of its document, as written to an index. */
public record IndexedChunk(Chunk chunk, float[] vector, String documentHash) {
    public IndexedChunk {
        requireNonNull(chunk, "chunk is null");
        requireNonNull(vector, "vector is null");
        requireNonNull(documentHash, "documentHash is null");
        vector = vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }
}
