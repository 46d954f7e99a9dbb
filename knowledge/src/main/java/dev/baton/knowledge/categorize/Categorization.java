package dev.baton.knowledge.categorize;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The category of one message.
 *
 * @param category the category, or empty when the message fits none of them (its confidence is
 *     below the threshold)
 * @param closest the category the message is closest to, whether or not it was chosen
 * @param confidence how close the message is to the examples of {@code closest}, from -1 to 1
 *     (cosine similarity); compared with the categorizer's threshold
 * @param runnerUp the second most likely category, if there is more than one
 */
public record Categorization(Optional<String> category, String closest, double confidence, Optional<String> runnerUp) {
    public Categorization {
        requireNonNull(category, "category is null");
        requireNonNull(closest, "closest is null");
        requireNonNull(runnerUp, "runnerUp is null");
        if (!(confidence >= -1.0001 && confidence <= 1.0001)) {
            throw new IllegalArgumentException("confidence must be within [-1, 1]: " + confidence);
        }
        if (category.isPresent() && !category.get().equals(closest)) {
            throw new IllegalArgumentException("the category " + category.get() + " is not the closest " + closest);
        }
    }

    public boolean outOfScope() {
        return category.isEmpty();
    }
}
