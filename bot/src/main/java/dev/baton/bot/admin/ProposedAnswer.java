package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A knowledge entry drafted from a handoff a person resolved, waiting for (or past) a reviewer's decision. */
public record ProposedAnswer(
        String id,
        String ticketId,
        String conversationId,
        String question,
        String answer,
        List<String> sources,
        State state,
        Instant createdAt,
        Optional<Instant> decidedAt,
        Optional<String> decidedBy) {
    public enum State {
        PROPOSED,
        APPROVED,
        REJECTED
    }

    public ProposedAnswer {
        requireNonNull(id, "id is null");
        requireNonNull(ticketId, "ticketId is null");
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(question, "question is null");
        requireNonNull(answer, "answer is null");
        sources = List.copyOf(sources);
        requireNonNull(state, "state is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(decidedAt, "decidedAt is null");
        requireNonNull(decidedBy, "decidedBy is null");
        if (question.isBlank() || answer.isBlank()) {
            throw new IllegalArgumentException("a proposed answer needs a question and an answer");
        }
    }
}
