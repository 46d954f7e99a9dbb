package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.knowledge.KnowledgeConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads {@link ConversationFacts} for the conversations of a {@link ReportWindow} with five
 * queries (conversations, their messages, their latest tickets with any survey answer, and the
 * 👍/👎 votes from the shared feedback table and from Teams cards), whatever the number of
 * conversations.
 */
public final class ConversationFactsReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final Jdbi jdbi;
    private final double minConfidence;

    @Inject
    public ConversationFactsReader(Jdbi jdbi, KnowledgeConfig knowledge) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.minConfidence = knowledge.minConfidence();
    }

    public List<ConversationFacts> read(ReportWindow window) {
        requireNonNull(window, "window is null");
        return jdbi.withHandle(handle -> {
            Map<String, Row> rows = conversations(handle, window);
            messages(handle, window, rows);
            Map<String, TicketFacts> tickets = new HashMap<>();
            Map<String, Integer> surveys = new HashMap<>();
            latestTickets(handle, window, tickets, surveys);
            votes(handle, window, rows);
            List<ConversationFacts> facts = new ArrayList<>();
            for (Row row : rows.values()) {
                Optional<TicketFacts> ticket = Optional.ofNullable(tickets.get(row.id));
                Optional<String> category = ticket.flatMap(TicketFacts::category);
                if (window.category().isPresent() && !window.category().equals(category)) {
                    continue;
                }
                facts.add(new ConversationFacts(row.id, row.surface, row.channel, category, row.startedAt,
                        Optional.ofNullable(row.firstResponseAt), row.lastActivityAt, row.lastAnswerAt != null,
                        row.lastAnswerConfident, Optional.ofNullable(row.lastAnswerAt), row.helpfulVotes, row.notHelpfulVotes, ticket,
                        ticket.map(TicketFacts::ticketId).map(surveys::get)));
            }
            return facts;
        });
    }

    private static Map<String, Row> conversations(Handle handle, ReportWindow window) {
        Map<String, Row> rows = new LinkedHashMap<>();
        handle.createQuery("SELECT id, surface, channel, started_at FROM conversations "
                        + "WHERE started_at >= :from AND started_at < :to"
                        + (window.channel().isPresent() ? " AND channel = :channel" : "")
                        + " ORDER BY started_at, id")
                .bind("from", window.from().toEpochMilli())
                .bind("to", window.to().toEpochMilli())
                .bind("channel", window.channel().orElse(""))
                .map((result, context) -> new Row(result.getString("id"), result.getString("surface"),
                        result.getString("channel"), Instant.ofEpochMilli(result.getLong("started_at"))))
                .forEach(row -> rows.put(row.id, row));
        return rows;
    }

    private void messages(Handle handle, ReportWindow window, Map<String, Row> rows) {
        handle.createQuery("SELECT m.conversation_id, m.role, m.confidence, m.sent_at FROM messages m "
                        + "JOIN conversations c ON c.id = m.conversation_id "
                        + "WHERE c.started_at >= :from AND c.started_at < :to ORDER BY m.conversation_id, m.sent_at, m.seq")
                .bind("from", window.from().toEpochMilli())
                .bind("to", window.to().toEpochMilli())
                .map((result, context) -> {
                    double confidence = result.getDouble("confidence");
                    Optional<Double> known = result.wasNull() ? Optional.empty() : Optional.of(confidence);
                    return new MessageRow(result.getString("conversation_id"),
                            MessageRole.valueOf(result.getString("role")), known,
                            Instant.ofEpochMilli(result.getLong("sent_at")));
                })
                .forEach(message -> {
                    Row row = rows.get(message.conversationId());
                    if (row != null) {
                        row.add(message, minConfidence);
                    }
                });
    }

    private static void latestTickets(
            Handle handle, ReportWindow window, Map<String, TicketFacts> tickets, Map<String, Integer> surveys) {
        handle.createQuery("SELECT t.id, t.conversation_id, t.state, t.category, t.reasons, t.opened_at, t.closed_at, "
                        + "s.score FROM handoff_tickets t JOIN conversations c ON c.id = t.conversation_id "
                        + "LEFT JOIN handoff_surveys s ON s.ticket_id = t.id "
                        + "WHERE c.started_at >= :from AND c.started_at < :to ORDER BY t.opened_at, t.id")
                .bind("from", window.from().toEpochMilli())
                .bind("to", window.to().toEpochMilli())
                .map((result, context) -> {
                    long closed = result.getLong("closed_at");
                    Optional<Instant> closedAt = result.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(closed));
                    int score = result.getInt("score");
                    Optional<Integer> survey = result.wasNull() ? Optional.empty() : Optional.of(score);
                    TicketFacts ticket = new TicketFacts(result.getString("id"),
                            HandoffState.valueOf(result.getString("state")),
                            Optional.ofNullable(result.getString("category")), reasons(result.getString("reasons")),
                            Instant.ofEpochMilli(result.getLong("opened_at")), closedAt);
                    return Map.entry(result.getString("conversation_id"), Map.entry(ticket, survey));
                })
                .forEach(entry -> {
                    // Ordered by opening time: the last one seen is the latest.
                    tickets.put(entry.getKey(), entry.getValue().getKey());
                    entry.getValue().getValue().ifPresent(score -> surveys.put(entry.getValue().getKey().ticketId(), score));
                });
    }

    /** Votes from answer_feedback (every surface's FeedbackStore). */
    private static void votes(Handle handle, ReportWindow window, Map<String, Row> rows) {
        handle.createQuery("SELECT f.conversation_id, f.helpful FROM answer_feedback f "
                        + "JOIN conversations c ON c.id = f.conversation_id WHERE c.started_at >= :from AND c.started_at < :to")
                .bind("from", window.from().toEpochMilli())
                .bind("to", window.to().toEpochMilli())
                .map((result, context) -> Map.entry(result.getString("conversation_id"), result.getBoolean("helpful")))
                .forEach(vote -> count(rows, vote.getKey(), vote.getValue()));
    }

    private static void count(Map<String, Row> rows, String conversationId, boolean helpful) {
        Row row = rows.get(conversationId);
        if (row == null) {
            return;
        }
        if (helpful) {
            row.helpfulVotes++;
        } else {
            row.notHelpfulVotes++;
        }
    }

    private static List<String> reasons(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of("(unreadable reasons)");
        }
    }

    private record MessageRow(String conversationId, MessageRole role, Optional<Double> confidence, Instant at) {}

    /** One conversation's facts as the messages stream by. */
    private static final class Row {
        final String id;
        final String surface;
        final String channel;
        final Instant startedAt;
        Instant firstResponseAt;
        Instant lastActivityAt;
        Instant lastAnswerAt;
        boolean lastAnswerConfident;
        int helpfulVotes;
        int notHelpfulVotes;

        Row(String id, String surface, String channel, Instant startedAt) {
            this.id = id;
            this.surface = surface;
            this.channel = channel;
            this.startedAt = startedAt;
            this.lastActivityAt = startedAt;
        }

        void add(MessageRow message, double minConfidence) {
            lastActivityAt = message.at();
            if (message.role() != MessageRole.USER && firstResponseAt == null) {
                firstResponseAt = message.at();
            }
            if (message.role() == MessageRole.ASSISTANT) {
                lastAnswerAt = message.at();
                lastAnswerConfident = message.confidence().filter(c -> c >= minConfidence).isPresent();
            }
        }
    }
}
