package dev.baton.handoff.policy;

import java.util.Optional;

/** Detects one kind of escalation signal in a turn; detectors are stateless and thread-safe. */
public interface SignalDetector {
    /** The kind of signal this detector reports. */
    SignalKind kind();

    /** The signal with its evidence when it fires on this turn, empty otherwise. */
    Optional<Signal> detect(EscalationInput input);
}
