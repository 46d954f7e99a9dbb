package dev.baton.knowledge.index;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.ingest.Chunk;

/**
 * A chunk found by a search. {@code score} is the fused score that orders results; {@code
 * semanticScore} is the cosine similarity of the query and chunk embeddings (from -1 to 1) and
 * {@code lexicalScore} the BM25 score (0 when the text did not match), kept for confidence.
 */
public record ScoredChunk(Chunk chunk, double score, double semanticScore, double lexicalScore) {
    public ScoredChunk {
        requireNonNull(chunk, "chunk is null");
    }
}
