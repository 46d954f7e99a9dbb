package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Whether to hand the conversation to a human, and why: every signal that fired with its weight
 * and evidence, their total, the threshold it was held against, and a sentence saying so.
 */
public record EscalationDecision(
        boolean escalate, List<FiredSignal> signals, double total, double threshold, String explanation) {
    public EscalationDecision {
        signals = List.copyOf(signals);
        requireNonNull(explanation, "explanation is null");
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be positive: " + threshold);
        }
    }

    /** The fired signal of this kind, if it fired. */
    public Optional<FiredSignal> signal(SignalKind kind) {
        return signals.stream().filter(fired -> fired.kind() == kind).findFirst();
    }

    /** One line per fired signal, "kind: evidence", for the reasons shown on a handoff. */
    public List<String> reasons() {
        return signals.stream()
                .map(fired -> fired.kind().settingName().replace('-', ' ') + ": " + fired.signal().evidence())
                .toList();
    }
}
