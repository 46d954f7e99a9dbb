package dev.baton.knowledge.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What an ingestion did. Files that could not be read are listed with the reason, never silently skipped. */
public record IngestReport(
        int added, int updated, int unchanged, int removed, int chunksWritten, List<Failure> failures) {
    public record Failure(String file, String reason) {
        public Failure {
            requireNonNull(file, "file is null");
            requireNonNull(reason, "reason is null");
        }
    }

    public IngestReport {
        failures = List.copyOf(failures);
    }
}
