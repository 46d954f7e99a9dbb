package dev.baton.handoff.store;

import dev.baton.handoff.lifecycle.SlaTimer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SLA timers of tickets waiting for a claim, shared by every replica: firing a timer is a
 * compare-and-set on its page count, so exactly one replica pages for each breach.
 */
public interface SlaTimerStore {
    /** Starts (or restarts) the ticket's timer. */
    void schedule(SlaTimer timer);

    /** Stops the ticket's timer, if it has one. */
    void cancel(String ticketId);

    Optional<SlaTimer> find(String ticketId);

    /** The timers due at or before {@code now}, earliest first, at most {@code limit}. */
    List<SlaTimer> due(Instant now, int limit);

    /** Replaces {@code current} with {@code next} only if nobody fired it first; true when this caller won. */
    boolean advance(SlaTimer current, SlaTimer next);
}
