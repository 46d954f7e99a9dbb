package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.storage.StorageErrorCode;
import dev.baton.bot.storage.StorageException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Votes in the {@code teams_feedback} table (SQLite or PostgreSQL, same SQL). */
public final class JdbiTeamsFeedback implements TeamsFeedback {
    private final Jdbi jdbi;

    public JdbiTeamsFeedback(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    @Override
    public void record(FeedbackVote vote) {
        requireNonNull(vote, "vote is null");
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO teams_feedback (baton_conversation_id, answer_id, "
                            + "user_id, verdict, recorded_at) VALUES (:conversation, :answer, :user, :verdict, :at) "
                            + "ON CONFLICT (baton_conversation_id, answer_id, user_id) DO UPDATE SET "
                            + "verdict = excluded.verdict, recorded_at = excluded.recorded_at")
                    .bind("conversation", vote.batonConversationId())
                    .bind("answer", vote.answerId())
                    .bind("user", vote.userId())
                    .bind("verdict", vote.verdict().name())
                    .bind("at", vote.at().toEpochMilli())
                    .execute());
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED, "Could not record feedback on answer "
                    + vote.answerId() + " of conversation " + vote.batonConversationId() + ": the database failed", e);
        }
    }

    @Override
    public List<FeedbackVote> forConversation(String batonConversationId) {
        requireNonNull(batonConversationId, "batonConversationId is null");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT baton_conversation_id, answer_id, user_id, "
                            + "verdict, recorded_at FROM teams_feedback WHERE baton_conversation_id = :conversation "
                            + "ORDER BY recorded_at, answer_id, user_id")
                    .bind("conversation", batonConversationId)
                    .map((row, ignored) -> new FeedbackVote(
                            row.getString("baton_conversation_id"),
                            row.getString("answer_id"),
                            row.getString("user_id"),
                            FeedbackVerdict.valueOf(row.getString("verdict")),
                            Instant.ofEpochMilli(row.getLong("recorded_at"))))
                    .list());
        } catch (JdbiException e) {
            throw new StorageException(StorageErrorCode.DATABASE_FAILED,
                    "Could not read the feedback of conversation " + batonConversationId + ": the database failed", e);
        }
    }
}
