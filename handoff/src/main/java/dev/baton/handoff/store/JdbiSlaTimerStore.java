package dev.baton.handoff.store;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.lifecycle.SlaTimer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SLA timers in the {@code handoff_sla_timers} table (SQLite or PostgreSQL, same SQL). */
public final class JdbiSlaTimerStore implements SlaTimerStore {
    private final Jdbi jdbi;

    public JdbiSlaTimerStore(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    @Override
    public void schedule(SlaTimer timer) {
        requireNonNull(timer, "timer is null");
        StoreCalls.call(jdbi, "start the SLA timer of handoff ticket " + timer.ticketId(), handle -> handle
                .createUpdate("INSERT INTO handoff_sla_timers (ticket_id, due_at, pages) VALUES (:ticket, :due, :pages) "
                        + "ON CONFLICT (ticket_id) DO UPDATE SET due_at = excluded.due_at, pages = excluded.pages")
                .bind("ticket", timer.ticketId())
                .bind("due", timer.dueAt().toEpochMilli())
                .bind("pages", timer.pages())
                .execute());
    }

    @Override
    public void cancel(String ticketId) {
        requireNonNull(ticketId, "ticketId is null");
        StoreCalls.call(jdbi, "stop the SLA timer of handoff ticket " + ticketId, handle -> handle
                .createUpdate("DELETE FROM handoff_sla_timers WHERE ticket_id = :ticket")
                .bind("ticket", ticketId)
                .execute());
    }

    @Override
    public Optional<SlaTimer> find(String ticketId) {
        requireNonNull(ticketId, "ticketId is null");
        return StoreCalls.call(jdbi, "read the SLA timer of handoff ticket " + ticketId, handle -> handle
                .createQuery("SELECT ticket_id, due_at, pages FROM handoff_sla_timers WHERE ticket_id = :ticket")
                .bind("ticket", ticketId)
                .map((row, context) -> timer(row.getString(1), row.getLong(2), row.getInt(3)))
                .findOne());
    }

    @Override
    public List<SlaTimer> due(Instant now, int limit) {
        requireNonNull(now, "now is null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return StoreCalls.call(jdbi, "read the due SLA timers", handle -> handle
                .createQuery("SELECT ticket_id, due_at, pages FROM handoff_sla_timers WHERE due_at <= :now "
                        + "ORDER BY due_at, ticket_id LIMIT :limit")
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((row, context) -> timer(row.getString(1), row.getLong(2), row.getInt(3)))
                .list());
    }

    @Override
    public boolean advance(SlaTimer current, SlaTimer next) {
        requireNonNull(current, "current is null");
        requireNonNull(next, "next is null");
        if (!current.ticketId().equals(next.ticketId())) {
            throw new IllegalArgumentException("a timer advances on its own ticket: " + current.ticketId()
                    + " -> " + next.ticketId());
        }
        int updated = StoreCalls.call(jdbi, "fire the SLA timer of handoff ticket " + current.ticketId(), handle -> handle
                .createUpdate("UPDATE handoff_sla_timers SET due_at = :due, pages = :pages "
                        + "WHERE ticket_id = :ticket AND pages = :expectedPages AND due_at = :expectedDue")
                .bind("due", next.dueAt().toEpochMilli())
                .bind("pages", next.pages())
                .bind("ticket", current.ticketId())
                .bind("expectedPages", current.pages())
                .bind("expectedDue", current.dueAt().toEpochMilli())
                .execute());
        return updated == 1;
    }

    private static SlaTimer timer(String ticketId, long dueAt, int pages) {
        return new SlaTimer(ticketId, Instant.ofEpochMilli(dueAt), pages);
    }
}
