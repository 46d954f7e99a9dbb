package dev.baton.knowledge.ingest.tickets;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/** A support ticket as an export gives it, reduced to what helps answer a similar question later. */
public record ResolvedTicket(
        String id,
        String subject,
        String body,
        String resolution,
        String status,
        Optional<String> product,
        Optional<String> created,
        Optional<String> resolved) {
    public ResolvedTicket {
        requireNonNull(id, "id is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(body, "body is null");
        requireNonNull(resolution, "resolution is null");
        requireNonNull(status, "status is null");
        requireNonNull(product, "product is null");
        requireNonNull(created, "created is null");
        requireNonNull(resolved, "resolved is null");
    }

    /** Resolved, closed or solved, with a resolution written down: something worth reusing. */
    public boolean usable() {
        return TicketFile.RESOLVED_STATES.contains(status.strip().toLowerCase(Locale.ROOT))
                && !resolution.isBlank();
    }
}
