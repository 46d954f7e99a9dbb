package dev.baton.handoff.store;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.lifecycle.SurveyAnswer;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Survey answers in the {@code handoff_surveys} table (SQLite or PostgreSQL, same SQL). */
public final class JdbiSurveyStore implements SurveyStore {
    private final Jdbi jdbi;

    public JdbiSurveyStore(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    @Override
    public void save(SurveyAnswer answer) {
        requireNonNull(answer, "answer is null");
        StoreCalls.call(jdbi, "save the survey answer of handoff ticket " + answer.ticketId(), handle -> handle
                .createUpdate("INSERT INTO handoff_surveys (ticket_id, score, answered_by, answered_at) "
                        + "VALUES (:ticket, :score, :by, :at) ON CONFLICT (ticket_id) DO UPDATE SET "
                        + "score = excluded.score, answered_by = excluded.answered_by, answered_at = excluded.answered_at")
                .bind("ticket", answer.ticketId())
                .bind("score", answer.score())
                .bind("by", answer.answeredBy())
                .bind("at", answer.answeredAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<SurveyAnswer> find(String ticketId) {
        requireNonNull(ticketId, "ticketId is null");
        return StoreCalls.call(jdbi, "read the survey answer of handoff ticket " + ticketId, handle -> handle
                .createQuery("SELECT ticket_id, score, answered_by, answered_at FROM handoff_surveys "
                        + "WHERE ticket_id = :ticket")
                .bind("ticket", ticketId)
                .map((row, context) -> new SurveyAnswer(
                        row.getString(1), row.getInt(2), row.getString(3), Instant.ofEpochMilli(row.getLong(4))))
                .findOne());
    }
}
