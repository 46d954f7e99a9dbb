package dev.baton.knowledge.index.qdrant;

/**
 * The distance of the dense vectors. Baton's embeddings have unit length, so cosine and dot product
 * rank alike; Euclidean and Manhattan distances are left out because the reported semantic score is
 * a cosine.
 */
public enum QdrantDistance {
    COSINE,
    DOT
}
