package dev.baton.knowledge.categorize;

/**
 * How the category is chosen from the embedded examples. Whatever the method, the confidence that
 * decides "none of these" is the message's closeness to the chosen category's examples.
 */
public enum CategorizationMethod {
    /** The category whose mean example vector is closest. */
    CENTROID,
    /** A similarity-weighted vote of the nearest examples. */
    NEAREST_NEIGHBOURS,
    /** A multinomial logistic regression trained on the example vectors. */
    SOFTMAX,
    /** The sum of the softmax probabilities and the nearest-neighbour vote shares. */
    ENSEMBLE
}
