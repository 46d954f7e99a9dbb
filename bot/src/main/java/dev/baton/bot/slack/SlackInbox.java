package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.storage.StorageErrorCode;
import dev.baton.bot.storage.StorageException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The durable inbox, table {@code slack_inbox}. A message is accepted in one transaction with its
 * delivery keys (so a retried or redelivered event is never accepted twice), held by one worker at a
 * time through a lease, and finished once every part of its reply is posted. Every change after
 * acceptance is made only by the current holder; a worker that lost its hold learns so at its next
 * step ({@link SlackErrorCode#INBOX_HOLD_LOST}) and stops.
 */
final class SlackInbox {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlackInbox.class);
    private final Jdbi jdbi;

    SlackInbox(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    /**
     * Stores the message, held by {@code holder} until {@code holdUntil}, unless its event id or its
     * channel + ts was delivered before; returns the entry to work on, or empty for a repeat.
     */
    Optional<InboxEntry> accept(SlackInbound message, Instant now, String holder, Instant holdUntil) {
        String id = InboxEntry.deliveryIdOf(message);
        return database("accept Slack event " + message.eventId(), handle -> handle.inTransaction(transaction -> {
            boolean newEvent = SlackDeliveries.insert(transaction, id, now);
            boolean newMessage = SlackDeliveries.insert(transaction, "message:" + message.channel() + ":"
                    + message.ts(), now);
            if (!newEvent || !newMessage) {
                return Optional.<InboxEntry>empty();
            }
            transaction.createUpdate("INSERT INTO slack_inbox (delivery_id, payload, received_at, attempts, "
                            + "lease_owner, lease_until) VALUES (:id, :payload, :at, 1, :holder, :until)")
                    .bind("id", id)
                    .bind("payload", SlackInboxCodec.message(message))
                    .bind("at", now.toEpochMilli())
                    .bind("holder", holder)
                    .bind("until", holdUntil.toEpochMilli())
                    .execute();
            return Optional.of(new InboxEntry(id, message, 1, Optional.empty(), 0));
        }));
    }

    /**
     * Takes over unfinished messages whose hold ran out, and those an earlier run of this installation
     * held (holder names are {@code <installation>/<run>}); oldest first, at most {@code limit}, none
     * that {@code skip} names. Each is taken with a compare-and-set, so two workers never take the same one.
     */
    List<InboxEntry> takeOver(String holder, Instant now, Instant holdUntil, int limit, Predicate<String> skip) {
        int slash = holder.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("holder must be <installation>/<run>: " + holder);
        }
        String installation = holder.substring(0, slash + 1);
        return database("take over unanswered Slack messages", handle -> {
            List<Candidate> candidates = handle.createQuery("SELECT delivery_id, lease_owner, lease_until FROM "
                            + "slack_inbox WHERE done_at IS NULL AND (lease_until < :now OR (lease_owner <> :holder "
                            + "AND substr(lease_owner, 1, :length) = :installation)) ORDER BY received_at LIMIT :limit")
                    .bind("now", now.toEpochMilli())
                    .bind("holder", holder)
                    .bind("length", installation.length())
                    .bind("installation", installation)
                    .bind("limit", limit)
                    .map((rs, ctx) -> new Candidate(rs.getString(1), rs.getString(2), rs.getLong(3)))
                    .list()
                    .stream()
                    .filter(candidate -> !skip.test(candidate.id()))
                    .toList();
            List<InboxEntry> taken = new ArrayList<>();
            for (Candidate candidate : candidates) {
                int won = handle.createUpdate("UPDATE slack_inbox SET lease_owner = :holder, lease_until = :until, "
                                + "attempts = attempts + 1 WHERE delivery_id = :id AND done_at IS NULL "
                                + "AND lease_owner = :was AND lease_until = :wasUntil")
                        .bind("holder", holder)
                        .bind("until", holdUntil.toEpochMilli())
                        .bind("id", candidate.id())
                        .bind("was", candidate.holder())
                        .bind("wasUntil", candidate.until())
                        .execute();
                if (won == 1) {
                    readable(handle, candidate.id(), now).ifPresent(taken::add);
                }
            }
            return taken;
        });
    }

    /** Extends the holds {@code holder} has on these messages; returns the ids it no longer holds. */
    List<String> renew(Collection<String> ids, String holder, Instant holdUntil) {
        return database("renew Slack inbox holds", handle -> {
            List<String> lost = new ArrayList<>();
            for (String id : ids) {
                int renewed = handle.createUpdate("UPDATE slack_inbox SET lease_until = :until WHERE delivery_id = :id "
                                + "AND lease_owner = :holder AND done_at IS NULL")
                        .bind("until", holdUntil.toEpochMilli())
                        .bind("id", id)
                        .bind("holder", holder)
                        .execute();
                if (renewed == 0) {
                    lost.add(id);
                }
            }
            return lost;
        });
    }

    /** Keeps the reply the turn worked out, so a later attempt posts this one rather than a new one. */
    void planned(String id, String holder, PlannedReply reply) {
        holderOnly(id, "keep the reply of", handle -> handle.createUpdate("UPDATE slack_inbox SET reply = :reply "
                        + "WHERE delivery_id = :id AND lease_owner = :holder AND done_at IS NULL")
                .bind("reply", SlackInboxCodec.reply(reply))
                .bind("id", id)
                .bind("holder", holder)
                .execute());
    }

    /** Records that Slack has the first {@code count} messages of the reply. */
    void posted(String id, String holder, int count) {
        holderOnly(id, "count the posted replies of", handle -> handle.createUpdate("UPDATE slack_inbox SET "
                        + "replies_posted = :count WHERE delivery_id = :id AND lease_owner = :holder AND done_at IS NULL")
                .bind("count", count)
                .bind("id", id)
                .bind("holder", holder)
                .execute());
    }

    /** Marks the message answered (or given up on); nobody works on it again. */
    void finished(String id, String holder, Instant now) {
        holderOnly(id, "finish", handle -> handle.createUpdate("UPDATE slack_inbox SET done_at = :now "
                        + "WHERE delivery_id = :id AND lease_owner = :holder AND done_at IS NULL")
                .bind("now", now.toEpochMilli())
                .bind("id", id)
                .bind("holder", holder)
                .execute());
    }

    /** How many accepted messages are not finished yet. */
    int unfinished() {
        return database("count unfinished Slack messages", handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM slack_inbox WHERE done_at IS NULL")
                .mapTo(Integer.class)
                .one());
    }

    /** Forgets messages finished before {@code cutoff}; returns how many. */
    int purgeFinishedBefore(Instant cutoff) {
        return database("purge finished Slack messages", handle -> handle.createUpdate(
                        "DELETE FROM slack_inbox WHERE done_at IS NOT NULL AND done_at < :cutoff")
                .bind("cutoff", cutoff.toEpochMilli())
                .execute());
    }

    private record Candidate(String id, String holder, long until) {}

    /**
     * The entry, or empty when its stored JSON cannot be read back (damaged by hand, or written by an
     * incompatible version): that entry is finished at once with an error, so it cannot block the others.
     */
    private static Optional<InboxEntry> readable(Handle handle, String id, Instant now) {
        try {
            return Optional.of(read(handle, id));
        } catch (IllegalStateException e) {
            LOG.error("Slack message {} in the inbox cannot be read ({}); given up", id, e.getMessage());
            handle.createUpdate("UPDATE slack_inbox SET done_at = :now WHERE delivery_id = :id")
                    .bind("now", now.toEpochMilli())
                    .bind("id", id)
                    .execute();
            return Optional.empty();
        }
    }

    private static InboxEntry read(Handle handle, String id) {
        return handle.createQuery("SELECT payload, attempts, reply, replies_posted FROM slack_inbox WHERE delivery_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new InboxEntry(id, SlackInboxCodec.message(rs.getString(1)), rs.getInt(2),
                        Optional.ofNullable(rs.getString(3)).map(SlackInboxCodec::reply), rs.getInt(4)))
                .one();
    }

    private void holderOnly(String id, String what, Function<Handle, Integer> update) {
        int changed = database(what + " Slack message " + id, update::apply);
        if (changed != 1) {
            throw new SlackException(SlackErrorCode.INBOX_HOLD_LOST, "Could not " + what + " Slack message " + id
                    + ": another worker holds it now (this one stalled past slack.inbox.lease)", null);
        }
    }

    private <T> T database(String what, Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not " + what + ": the database failed",
                    e);
        }
    }
}
