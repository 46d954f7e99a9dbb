package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * A ticket that waited its SLA without a claim: page {@code page} (1 for the first re-page) goes to
 * {@code onCall}, the next tier of the rota (empty when the rota pages nobody).
 */
public record SlaBreach(HandoffTicket ticket, int page, Duration waited, Optional<OnCall> onCall) {
    public SlaBreach {
        requireNonNull(ticket, "ticket is null");
        requireNonNull(waited, "waited is null");
        requireNonNull(onCall, "onCall is null");
        if (page < 1) {
            throw new IllegalArgumentException("a breach is page 1 or later: " + page);
        }
    }
}
