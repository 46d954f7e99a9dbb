package dev.baton.bot.storage;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Feedback;
import dev.baton.bot.conversation.FeedbackStore;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Verdicts in the {@code answer_feedback} table (SQLite or PostgreSQL, same SQL). */
public final class JdbiFeedbackStore implements FeedbackStore {
    private final Jdbi jdbi;

    public JdbiFeedbackStore(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    @Override
    public void record(Feedback feedback) {
        requireNonNull(feedback, "feedback is null");
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO answer_feedback (conversation_id, message_ref, "
                            + "user_id, helpful, recorded_at) VALUES (:conversation, :message, :user, :helpful, :at) "
                            + "ON CONFLICT (conversation_id, message_ref, user_id) DO UPDATE SET "
                            + "helpful = excluded.helpful, recorded_at = excluded.recorded_at")
                    .bind("conversation", feedback.conversationId())
                    .bind("message", feedback.messageRef())
                    .bind("user", feedback.userId())
                    .bind("helpful", feedback.helpful())
                    .bind("at", feedback.at().toEpochMilli())
                    .execute());
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not record feedback on conversation "
                    + feedback.conversationId() + ": the database failed", e);
        }
    }

    @Override
    public int notHelpfulCount(String conversationId) {
        requireNonNull(conversationId, "conversationId is null");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM answer_feedback "
                            + "WHERE conversation_id = :conversation AND helpful = :helpful")
                    .bind("conversation", conversationId)
                    .bind("helpful", false)
                    .mapTo(Integer.class)
                    .one());
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not count feedback on conversation "
                    + conversationId + ": the database failed", e);
        }
    }

    @Override
    public List<Feedback> forConversation(String conversationId) {
        requireNonNull(conversationId, "conversationId is null");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT conversation_id, message_ref, user_id, helpful, "
                            + "recorded_at FROM answer_feedback WHERE conversation_id = :conversation "
                            + "ORDER BY recorded_at, message_ref, user_id")
                    .bind("conversation", conversationId)
                    .map((row, ignored) -> new Feedback(row.getString("conversation_id"), row.getString("message_ref"),
                            row.getString("user_id"), row.getBoolean("helpful"),
                            Instant.ofEpochMilli(row.getLong("recorded_at"))))
                    .list());
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not read feedback on conversation "
                    + conversationId + ": the database failed", e);
        }
    }
}
