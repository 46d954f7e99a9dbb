package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The clock on a ticket waiting for a claim: when the on-call team is next paged, and how many
 * pages have gone out after the first posting (which tier is paged next).
 */
public record SlaTimer(String ticketId, Instant dueAt, int pages) {
    public SlaTimer {
        requireNonNull(ticketId, "ticketId is null");
        requireNonNull(dueAt, "dueAt is null");
        if (pages < 0) {
            throw new IllegalArgumentException("pages cannot be negative: " + pages);
        }
    }
}
