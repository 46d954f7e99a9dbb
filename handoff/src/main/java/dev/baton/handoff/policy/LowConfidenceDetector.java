package dev.baton.handoff.policy;

import java.util.Locale;
import java.util.Optional;

/** Fires when Baton abstained from answering, or answered with a confidence below the limit. */
public final class LowConfidenceDetector implements SignalDetector {
    private final double below;

    public LowConfidenceDetector(double below) {
        if (!(below >= 0 && below <= 1)) {
            throw new IllegalArgumentException("below must be within [0, 1]: " + below);
        }
        this.below = below;
    }

    @Override
    public SignalKind kind() {
        return SignalKind.LOW_CONFIDENCE;
    }

    @Override
    public Optional<Signal> detect(EscalationInput input) {
        return input.answer().flatMap(answer -> {
            if (answer.abstained()) {
                return Optional.of(new Signal(kind(),
                        String.format(Locale.ROOT, "Baton was not sure and said so (confidence %.2f)", answer.confidence())));
            }
            if (answer.confidence() < below) {
                return Optional.of(new Signal(kind(),
                        String.format(Locale.ROOT, "answer confidence %.2f is below %.2f", answer.confidence(), below)));
            }
            return Optional.empty();
        });
    }
}
