package dev.baton.bot.storage;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.JdbiException;

/**
 * Conversations and messages in the {@code conversations} and {@code messages} tables (SQLite or
 * PostgreSQL, same SQL). Times are kept to the millisecond, and what is returned is what was stored.
 * Safe for many threads and many replicas: starting a conversation is insert-or-ignore on its
 * unique key, and appending a message locks its conversation's row to number it.
 */
public final class JdbiConversationStore implements ConversationStore {
    private static final String CONVERSATION_COLUMNS =
            "id, surface, workspace, channel, thread, user_id, user_name, customer_context, started_at";
    private static final String MESSAGE_COLUMNS =
            "id, conversation_id, role, author_id, body, citations, confidence, sent_at, seq";

    private final Jdbi jdbi;
    private final StoredJson json = new StoredJson();

    public JdbiConversationStore(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    @Override
    public Conversation findOrStart(ConversationKey key, Participant user, CustomerContext context, Instant now) {
        requireNonNull(key, "key is null");
        requireNonNull(user, "user is null");
        requireNonNull(context, "context is null");
        requireNonNull(now, "now is null");
        long at = now.toEpochMilli();
        return inTransaction("find or start a conversation in " + key.surface() + " channel " + key.channel(), handle -> {
            // Two first messages racing: one insert wins, the other is ignored, and both read the winner's row.
            handle.createUpdate("INSERT INTO conversations (" + CONVERSATION_COLUMNS + ", updated_at, message_count) "
                            + "VALUES (:id, :surface, :workspace, :channel, :thread, :userId, :userName, :context, :at, "
                            + ":at, 0) ON CONFLICT (surface, workspace, channel, thread) DO NOTHING")
                    .bind("id", UUID.randomUUID().toString())
                    .bind("surface", key.surface().name())
                    .bind("workspace", key.workspace())
                    .bind("channel", key.channel())
                    .bind("thread", key.thread())
                    .bind("userId", user.id())
                    .bind("userName", user.displayName())
                    .bind("context", json.write(context))
                    .bind("at", at)
                    .execute();
            Conversation found = byKey(handle, key).one();
            // An adapter that knows nothing about the person passes unknown(): that must not erase what we knew.
            if (context.equals(CustomerContext.unknown()) || context.equals(found.context())) {
                return found;
            }
            handle.createUpdate("UPDATE conversations SET customer_context = :context, updated_at = "
                            + "CASE WHEN updated_at < :at THEN :at ELSE updated_at END WHERE id = :id")
                    .bind("context", json.write(context))
                    .bind("at", at)
                    .bind("id", found.id())
                    .execute();
            return new Conversation(found.id(), found.key(), found.user(), context, found.startedAt());
        });
    }

    @Override
    public Optional<Conversation> find(String conversationId) {
        requireNonNull(conversationId, "conversationId is null");
        return withHandle("read conversation " + conversationId, handle -> handle
                .createQuery("SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE id = :id")
                .bind("id", conversationId)
                .map((row, ignored) -> conversation(row))
                .findOne());
    }

    @Override
    public Optional<Conversation> find(ConversationKey key) {
        requireNonNull(key, "key is null");
        return withHandle("read the conversation in " + key.surface() + " channel " + key.channel(),
                handle -> byKey(handle, key).findOne());
    }

    private ResultIterable<Conversation> byKey(Handle handle, ConversationKey key) {
        return handle.createQuery("SELECT " + CONVERSATION_COLUMNS + " FROM conversations WHERE "
                        + "surface = :surface AND workspace = :workspace AND channel = :channel AND thread = :thread")
                .bind("surface", key.surface().name())
                .bind("workspace", key.workspace())
                .bind("channel", key.channel())
                .bind("thread", key.thread())
                .map((row, ignored) -> conversation(row));
    }

    /** Stores the message; a message id already stored is ignored, so a redelivered event adds nothing. */
    @Override
    public void append(Message message) {
        requireNonNull(message, "message is null");
        inTransaction("append message " + message.id() + " to conversation " + message.conversationId(), handle -> {
            if (handle.createQuery("SELECT COUNT(*) FROM messages WHERE id = :id")
                    .bind("id", message.id())
                    .mapTo(Long.class)
                    .one() > 0) {
                return null;
            }
            // Locks the conversation row until commit, so concurrent appends number their messages in turn.
            int updated = handle.createUpdate("UPDATE conversations SET message_count = message_count + 1, "
                            + "updated_at = CASE WHEN updated_at < :at THEN :at ELSE updated_at END WHERE id = :id")
                    .bind("at", message.at().toEpochMilli())
                    .bind("id", message.conversationId())
                    .execute();
            if (updated == 0) {
                throw new StorageException(StorageErrorCode.UNKNOWN_CONVERSATION, "Cannot append message "
                        + message.id() + ": conversation " + message.conversationId()
                        + " does not exist; start it with findOrStart first");
            }
            long seq = handle.createQuery("SELECT message_count FROM conversations WHERE id = :id")
                    .bind("id", message.conversationId())
                    .mapTo(Long.class)
                    .one();
            insert(handle, message, seq);
            return null;
        });
    }

    @Override
    public List<Message> history(String conversationId, int limit) {
        requireNonNull(conversationId, "conversationId is null");
        if (limit < 1) {
            throw new IllegalArgumentException("history needs a limit of at least 1: " + limit);
        }
        return withHandle("read the history of conversation " + conversationId, handle -> handle
                .createQuery("SELECT " + MESSAGE_COLUMNS + " FROM (SELECT " + MESSAGE_COLUMNS + " FROM messages "
                        + "WHERE conversation_id = :id ORDER BY sent_at DESC, seq DESC LIMIT :limit) newest "
                        + "ORDER BY sent_at, seq")
                .bind("id", conversationId)
                .bind("limit", limit)
                .map((row, ignored) -> message(row))
                .list());
    }

    private void insert(Handle handle, Message message, long seq) {
        handle.createUpdate("INSERT INTO messages (" + MESSAGE_COLUMNS + ") VALUES (:id, :conversationId, :role, "
                        + ":authorId, :body, :citations, :confidence, :at, :seq) ON CONFLICT (id) DO NOTHING")
                .bind("id", message.id())
                .bind("conversationId", message.conversationId())
                .bind("role", message.role().name())
                .bind("authorId", message.authorId())
                .bind("body", message.text())
                .bind("citations", json.write(message.citations()))
                .bind("confidence", message.confidence().orElse(null))
                .bind("at", message.at().toEpochMilli())
                .bind("seq", seq)
                .execute();
    }

    private Conversation conversation(ResultSet row) throws SQLException {
        String id = row.getString("id");
        return new Conversation(
                id,
                new ConversationKey(
                        Surface.valueOf(row.getString("surface")),
                        row.getString("workspace"),
                        row.getString("channel"),
                        row.getString("thread")),
                new Participant(row.getString("user_id"), row.getString("user_name")),
                json.readContext(id, row.getString("customer_context")),
                Instant.ofEpochMilli(row.getLong("started_at")));
    }

    private Message message(ResultSet row) throws SQLException {
        String id = row.getString("id");
        double confidence = row.getDouble("confidence");
        Optional<Double> storedConfidence = row.wasNull() ? Optional.empty() : Optional.of(confidence);
        return new Message(
                id,
                row.getString("conversation_id"),
                MessageRole.valueOf(row.getString("role")),
                row.getString("author_id"),
                row.getString("body"),
                Instant.ofEpochMilli(row.getLong("sent_at")),
                json.readCitations(id, row.getString("citations")),
                storedConfidence);
    }

    private <T> T withHandle(String action, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw failed(action, e);
        }
    }

    private <T> T inTransaction(String action, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.inTransaction(callback);
        } catch (JdbiException e) {
            throw failed(action, e);
        }
    }

    private static StorageException failed(String action, JdbiException cause) {
        return new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not " + action + ": the database failed",
                cause);
    }
}
