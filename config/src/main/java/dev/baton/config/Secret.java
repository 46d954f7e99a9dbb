package dev.baton.config;

import static java.util.Objects.requireNonNull;

/** A credential. Its {@code toString()} is masked so that it never reaches a log by accident. */
public record Secret(String value) {
    public Secret {
        requireNonNull(value, "value is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret cannot be blank");
        }
    }

    /** The real value, for the one call that sends it to the service it belongs to. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }
}
