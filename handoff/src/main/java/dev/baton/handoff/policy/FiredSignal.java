package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

/** A signal that fired, with the weight it adds to the escalation total. */
public record FiredSignal(Signal signal, double weight) {
    public FiredSignal {
        requireNonNull(signal, "signal is null");
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a non-negative number: " + weight);
        }
    }

    public SignalKind kind() {
        return signal.kind();
    }
}
