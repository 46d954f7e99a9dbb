package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

/**
 * How close a sentence came to a signal's exemplars: the nearest {@code like} phrase and its
 * similarity, and the similarity of the nearest {@code unlike} phrase (0 when there is none).
 */
public record ExemplarMatch(String sentence, String exemplar, double similarity, double unlikeSimilarity) {
    public ExemplarMatch {
        requireNonNull(sentence, "sentence is null");
        requireNonNull(exemplar, "exemplar is null");
    }

    /** The score a threshold is held against: the similarity, or 0 when an unlike phrase is closer. */
    public double score() {
        return similarity > unlikeSimilarity ? similarity : 0;
    }
}
