package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Proposed answers in the {@code proposed_answers} table (SQLite or PostgreSQL, same SQL). */
public final class JdbiProposedAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS =
            "id, ticket_id, conversation_id, question, answer, sources, state, created_at, decided_at, decided_by";

    private final Jdbi jdbi;

    @Inject
    public JdbiProposedAnswers(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    /** Stores a new proposal; a ticket gets at most one (a second resolution of it proposes nothing). */
    public void insert(ProposedAnswer proposal) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO proposed_answers (" + COLUMNS + ") VALUES (:id, "
                        + ":ticket, :conversation, :question, :answer, :sources, :state, :created, NULL, NULL) "
                        + "ON CONFLICT (ticket_id) DO NOTHING")
                .bind("id", proposal.id())
                .bind("ticket", proposal.ticketId())
                .bind("conversation", proposal.conversationId())
                .bind("question", proposal.question())
                .bind("answer", proposal.answer())
                .bind("sources", write(proposal.sources()))
                .bind("state", proposal.state().name())
                .bind("created", proposal.createdAt().toEpochMilli())
                .execute());
    }

    public Optional<ProposedAnswer> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM proposed_answers WHERE id = :id")
                .bind("id", id)
                .map((row, context) -> proposal(row))
                .findOne());
    }

    public List<ProposedAnswer> list(ProposedAnswer.State state, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM proposed_answers "
                        + "WHERE state = :state ORDER BY created_at DESC, id LIMIT :limit")
                .bind("state", state.name())
                .bind("limit", limit)
                .map((row, context) -> proposal(row))
                .list());
    }

    /** Records the decision (and the reviewer's edits) if the proposal is still undecided; false otherwise. */
    public boolean decide(ProposedAnswer decided) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE proposed_answers SET question = :question, "
                        + "answer = :answer, state = :state, decided_at = :at, decided_by = :by "
                        + "WHERE id = :id AND state = 'PROPOSED'")
                .bind("question", decided.question())
                .bind("answer", decided.answer())
                .bind("state", decided.state().name())
                .bind("at", decided.decidedAt().orElseThrow().toEpochMilli())
                .bind("by", decided.decidedBy().orElseThrow())
                .bind("id", decided.id())
                .execute()) == 1;
    }

    private static ProposedAnswer proposal(ResultSet row) throws SQLException {
        long decided = row.getLong("decided_at");
        Optional<Instant> decidedAt = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(decided));
        return new ProposedAnswer(row.getString("id"), row.getString("ticket_id"), row.getString("conversation_id"),
                row.getString("question"), row.getString("answer"), read(row.getString("sources")),
                ProposedAnswer.State.valueOf(row.getString("state")), Instant.ofEpochMilli(row.getLong("created_at")),
                decidedAt, Optional.ofNullable(row.getString("decided_by")));
    }

    private static String write(List<String> sources) {
        try {
            return JSON.writeValueAsString(sources);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always writable as JSON", e);
        }
    }

    private static List<String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
