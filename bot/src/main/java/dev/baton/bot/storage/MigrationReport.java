package dev.baton.bot.storage;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a migration run did: the migrations it applied (none when the schema was up to date) and the
 * schema version the database is at afterwards.
 */
public record MigrationReport(List<AppliedMigration> applied, Optional<String> schemaVersion) {
    public MigrationReport {
        applied = List.copyOf(applied);
        requireNonNull(schemaVersion, "schemaVersion is null");
    }

    public boolean upToDateAlready() {
        return applied.isEmpty();
    }
}
