package dev.baton.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One thing wrong with the settings: which key, where its value came from, the value (masked when
 * secret) and what is allowed instead.
 */
public record ConfigProblem(String key, String origin, Optional<String> value, String message) {
    public ConfigProblem {
        requireNonNull(key, "key is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(value, "value is null");
        requireNonNull(message, "message is null");
    }

    public String describe() {
        String shown = value.map(v -> " = \"" + v + "\"").orElse("");
        return key + shown + " (" + origin + "): " + message;
    }
}
