package dev.baton.handoff.policy;

import java.util.Optional;

/** Fires when the customer's context marks them as high value (their tier or account, set by the bot). */
public final class HighValueCustomerDetector implements SignalDetector {
    @Override
    public SignalKind kind() {
        return SignalKind.HIGH_VALUE_CUSTOMER;
    }

    @Override
    public Optional<Signal> detect(EscalationInput input) {
        return input.highValueCustomer()
                ? Optional.of(new Signal(kind(), "the customer's context marks them as high value"))
                : Optional.empty();
    }
}
