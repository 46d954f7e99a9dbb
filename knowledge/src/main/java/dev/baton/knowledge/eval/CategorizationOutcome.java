package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One evaluated message: its gold label ({@link CategorizationDataset#OUT_OF_SCOPE} when it fits
 * none), the category given (empty when the categorizer said "none of these") and the closest
 * category whatever the threshold, with the confidence the threshold was compared with.
 */
public record CategorizationOutcome(String text, String gold, Optional<String> predicted, String closest, double confidence) {
    public CategorizationOutcome {
        requireNonNull(text, "text is null");
        requireNonNull(gold, "gold is null");
        requireNonNull(predicted, "predicted is null");
        requireNonNull(closest, "closest is null");
    }

    public boolean outOfScope() {
        return gold.equals(CategorizationDataset.OUT_OF_SCOPE);
    }

    public boolean abstained() {
        return predicted.isEmpty();
    }
}
