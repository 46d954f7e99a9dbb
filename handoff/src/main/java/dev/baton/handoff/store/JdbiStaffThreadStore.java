package dev.baton.handoff.store;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.lifecycle.StaffThread;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Staff threads in the {@code handoff_staff_threads} table (SQLite or PostgreSQL, same SQL). */
public final class JdbiStaffThreadStore implements StaffThreadStore {
    private final Jdbi jdbi;

    public JdbiStaffThreadStore(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    @Override
    public void attach(String ticketId, StaffThread thread) {
        requireNonNull(ticketId, "ticketId is null");
        requireNonNull(thread, "thread is null");
        StoreCalls.call(jdbi, "record the staff thread of handoff ticket " + ticketId, handle -> handle
                .createUpdate("INSERT INTO handoff_staff_threads (ticket_id, surface, channel, thread) "
                        + "VALUES (:ticket, :surface, :channel, :thread) ON CONFLICT DO NOTHING")
                .bind("ticket", ticketId)
                .bind("surface", thread.surface())
                .bind("channel", thread.channel())
                .bind("thread", thread.thread())
                .execute());
    }

    @Override
    public Optional<StaffThread> threadOf(String ticketId) {
        requireNonNull(ticketId, "ticketId is null");
        return StoreCalls.call(jdbi, "read the staff thread of handoff ticket " + ticketId, handle -> handle
                .createQuery("SELECT surface, channel, thread FROM handoff_staff_threads WHERE ticket_id = :ticket")
                .bind("ticket", ticketId)
                .map((row, context) -> new StaffThread(row.getString(1), row.getString(2), row.getString(3)))
                .findOne());
    }

    @Override
    public Optional<String> ticketIn(StaffThread thread) {
        requireNonNull(thread, "thread is null");
        return StoreCalls.call(jdbi, "find the handoff ticket of a staff thread", handle -> handle
                .createQuery("SELECT ticket_id FROM handoff_staff_threads "
                        + "WHERE surface = :surface AND channel = :channel AND thread = :thread")
                .bind("surface", thread.surface())
                .bind("channel", thread.channel())
                .bind("thread", thread.thread())
                .mapTo(String.class)
                .findOne());
    }
}
