package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.lifecycle.HandoffState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the outcome rules and pages need of a conversation's latest handoff ticket. */
public record TicketFacts(
        String ticketId,
        HandoffState state,
        Optional<String> category,
        List<String> reasons,
        Instant openedAt,
        Optional<Instant> closedAt) {
    public TicketFacts {
        requireNonNull(ticketId, "ticketId is null");
        requireNonNull(state, "state is null");
        requireNonNull(category, "category is null");
        reasons = List.copyOf(reasons);
        requireNonNull(openedAt, "openedAt is null");
        requireNonNull(closedAt, "closedAt is null");
    }
}
