package dev.baton.knowledge.ingest.tickets;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A support ticket as an export gives it, reduced to what helps answer a similar question later;
 * {@code accessTags} restrict who may be shown it, as a document's {@code access} front matter does.
 */
public record ResolvedTicket(
        String id,
        String subject,
        String body,
        String resolution,
        String status,
        Optional<String> product,
        Optional<String> created,
        Optional<String> resolved,
        Set<String> accessTags) {
    public ResolvedTicket {
        requireNonNull(id, "id is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(body, "body is null");
        requireNonNull(resolution, "resolution is null");
        requireNonNull(status, "status is null");
        requireNonNull(product, "product is null");
        requireNonNull(created, "created is null");
        requireNonNull(resolved, "resolved is null");
        accessTags = Set.copyOf(accessTags);
    }

    /** A ticket anyone may be shown as a similar past ticket. */
    public ResolvedTicket(String id, String subject, String body, String resolution, String status,
            Optional<String> product, Optional<String> created, Optional<String> resolved) {
        this(id, subject, body, resolution, status, product, created, resolved, Set.of());
    }

    /** Resolved, closed or solved, with a resolution written down: something worth reusing. */
    public boolean usable() {
        return TicketFile.RESOLVED_STATES.contains(status.strip().toLowerCase(Locale.ROOT))
                && !resolution.isBlank();
    }
}
