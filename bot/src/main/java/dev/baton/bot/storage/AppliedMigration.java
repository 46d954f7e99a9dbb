package dev.baton.bot.storage;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** One schema migration that ran, such as {@code 202611280410 bot conversations}. */
public record AppliedMigration(String version, String description, Duration took) {
    public AppliedMigration {
        requireNonNull(version, "version is null");
        requireNonNull(description, "description is null");
        requireNonNull(took, "took is null");
    }
}
