package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.storage.StorageErrorCode;
import dev.baton.bot.storage.StorageException;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The Slack deliveries Baton has taken, in the {@code slack_deliveries} table. Slack retries an
 * event it thinks was not acknowledged (same {@code event_id}) and has, in incidents, delivered
 * the same message under a new event id; both are answered once, across restarts and replicas,
 * because taking a delivery is an insert on a unique key (messages are taken with their inbox entry,
 * {@link SlackInbox#accept}). Slack stops retrying within the hour, so the {@link SlackInboxWorker}
 * removes rows older than a day now and then.
 */
public final class SlackDeliveries {
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final Jdbi jdbi;

    public SlackDeliveries(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    /**
     * Takes the delivery of one message that is not an inbox entry (a staff reply in a request
     * thread): true the first time this event id and this channel + message ts are seen.
     */
    public boolean claim(String eventId, String channel, String messageTs, Instant now) {
        requireNonNull(eventId, "eventId is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(messageTs, "messageTs is null");
        try {
            return jdbi.inTransaction(handle -> {
                boolean newEvent = insert(handle, "event:" + eventId, now);
                boolean newMessage = insert(handle, "message:" + channel + ":" + messageTs, now);
                return newEvent && newMessage;
            });
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not record Slack event " + eventId
                    + ": the database failed", e);
        }
    }

    /** Takes a delivery known by one key only (a button click, a slash command). */
    public boolean claim(String key, Instant now) {
        requireNonNull(key, "key is null");
        try {
            return jdbi.inTransaction(handle -> insert(handle, key, now));
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not record Slack delivery " + key
                    + ": the database failed", e);
        }
    }

    /** Forgets deliveries received before {@code cutoff}; returns how many. */
    int purgeOlderThan(Instant cutoff) {
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM slack_deliveries WHERE received_at < :cutoff")
                    .bind("cutoff", cutoff.toEpochMilli())
                    .execute());
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not purge old Slack deliveries: the "
                    + "database failed", e);
        }
    }

    /** Records one delivery key inside the caller's transaction; true when it was new. */
    static boolean insert(Handle handle, String key, Instant now) {
        return handle.createUpdate("INSERT INTO slack_deliveries (delivery_key, received_at) VALUES (:key, :at) "
                        + "ON CONFLICT (delivery_key) DO NOTHING")
                .bind("key", key)
                .bind("at", now.toEpochMilli())
                .execute() == 1;
    }
}
