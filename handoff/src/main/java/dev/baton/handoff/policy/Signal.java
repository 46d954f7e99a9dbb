package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

/**
 * A detected escalation signal and its evidence: the phrase, number or comparison that made it
 * fire, as a human reading the handoff would want to see it.
 */
public record Signal(SignalKind kind, String evidence) {
    public Signal {
        requireNonNull(kind, "kind is null");
        requireNonNull(evidence, "evidence is null");
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("a signal needs evidence");
        }
    }
}
