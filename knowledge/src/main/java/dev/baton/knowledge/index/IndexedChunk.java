package dev.baton.knowledge.index;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.ingest.Chunk;

/**
 * A chunk with its embedding and the content hash of its document, as written to an index. {@code
 * source} names the root the document was ingested from ("" when unknown), so that a later
 * ingestion of that root can tell which documents have disappeared from it.
 */
public record IndexedChunk(Chunk chunk, float[] vector, String documentHash, String source) {
    public IndexedChunk {
        requireNonNull(chunk, "chunk is null");
        requireNonNull(vector, "vector is null");
        requireNonNull(documentHash, "documentHash is null");
        requireNonNull(source, "source is null");
        vector = vector.clone();
    }

    public IndexedChunk(Chunk chunk, float[] vector, String documentHash) {
        this(chunk, vector, documentHash, "");
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }
}
