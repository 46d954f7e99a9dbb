package dev.baton.knowledge.index;

/**
 * How the semantic and lexical rankings are combined. {@code WEIGHTED} adds the cosine similarity
 * and the BM25 score divided by the best BM25 score of the query, each with its weight; {@code RRF}
 * is reciprocal rank fusion, kept because it is the usual default and the evaluation compares it.
 */
public enum FusionMethod {
    WEIGHTED,
    RRF
}
