package dev.baton.handoff.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.handoff.lifecycle.HandoffErrorCode;
import dev.baton.handoff.lifecycle.HandoffException;
import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.Requester;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Handoff tickets in the {@code handoff_tickets} table (SQLite or PostgreSQL, same SQL). A partial
 * unique index keeps one active ticket per conversation, so the guarantee holds across replicas.
 * Times are kept to the millisecond.
 */
public final class JdbiHandoffStore implements HandoffStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    // A competing ticket can be inserted and closed between our insert and our read; rare, so a few tries suffice.
    private static final int INSERT_ATTEMPTS = 3;

    private static final String COLUMNS = "id, conversation_id, state, reasons, summary, category, requester_id, "
            + "requester_name, claimed_by, opened_at, claimed_at, closed_at, version";
    private static final String ACTIVE = "state IN ('OPEN', 'CLAIMED')";

    private final Jdbi jdbi;

    public JdbiHandoffStore(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    @Override
    public HandoffTicket insertIfNoneActive(HandoffTicket ticket) {
        requireNonNull(ticket, "ticket is null");
        if (!ticket.state().active()) {
            throw new IllegalArgumentException("only an open or claimed ticket can be inserted: " + ticket.state());
        }
        for (int attempt = 1; attempt <= INSERT_ATTEMPTS; attempt++) {
            // ON CONFLICT DO NOTHING without a target also covers the partial unique index on active tickets.
            int inserted = call("open handoff ticket " + ticket.id(), handle -> bindTicket(
                            handle.createUpdate("INSERT INTO handoff_tickets (" + COLUMNS + ") VALUES (:id, "
                                    + ":conversationId, :state, :reasons, :summary, :category, :requesterId, "
                                    + ":requesterName, :claimedBy, :openedAt, :claimedAt, :closedAt, :version) "
                                    + "ON CONFLICT DO NOTHING"),
                            ticket)
                    .execute());
            if (inserted == 1) {
                return ticket;
            }
            Optional<HandoffTicket> active = findActive(ticket.conversationId());
            if (active.isPresent()) {
                return active.get();
            }
        }
        throw new HandoffException(
                HandoffErrorCode.CONCURRENT_UPDATE,
                "Could not open a handoff for conversation " + ticket.conversationId()
                        + ": other tickets kept opening and closing meanwhile; try again.");
    }

    @Override
    public Optional<HandoffTicket> find(String ticketId) {
        requireNonNull(ticketId, "ticketId is null");
        return call("read handoff ticket " + ticketId, handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM handoff_tickets WHERE id = :id")
                .bind("id", ticketId)
                .map(JdbiHandoffStore::ticket)
                .findOne());
    }

    @Override
    public Optional<HandoffTicket> findActive(String conversationId) {
        requireNonNull(conversationId, "conversationId is null");
        return call("read the active handoff of conversation " + conversationId, handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM handoff_tickets WHERE conversation_id = :conversationId AND "
                        + ACTIVE)
                .bind("conversationId", conversationId)
                .map(JdbiHandoffStore::ticket)
                .findOne());
    }

    @Override
    public Optional<HandoffTicket> findLatest(String conversationId) {
        requireNonNull(conversationId, "conversationId is null");
        return call("read the latest handoff of conversation " + conversationId, handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM handoff_tickets WHERE conversation_id = :conversationId "
                        + "ORDER BY opened_at DESC, id DESC LIMIT 1")
                .bind("conversationId", conversationId)
                .map(JdbiHandoffStore::ticket)
                .findOne());
    }

    @Override
    public List<HandoffTicket> listByRequester(String requesterId, int limit) {
        requireNonNull(requesterId, "requesterId is null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return call("list the handoff tickets of requester " + requesterId, handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM handoff_tickets WHERE requester_id = :requesterId "
                        + "ORDER BY opened_at DESC, id DESC LIMIT :limit")
                .bind("requesterId", requesterId)
                .bind("limit", limit)
                .map(JdbiHandoffStore::ticket)
                .list());
    }

    @Override
    public List<HandoffTicket> listActive() {
        return call("list active handoff tickets", handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM handoff_tickets WHERE " + ACTIVE + " ORDER BY opened_at, id")
                .map(JdbiHandoffStore::ticket)
                .list());
    }

    @Override
    public boolean replace(HandoffTicket current, HandoffTicket next) {
        requireNonNull(current, "current is null");
        requireNonNull(next, "next is null");
        if (!next.id().equals(current.id()) || next.version() != current.version() + 1) {
            throw new IllegalArgumentException("next must be the same ticket one version on: " + current.id() + " v"
                    + current.version() + " -> " + next.id() + " v" + next.version());
        }
        // The compare-and-set: of concurrent claimers of an OPEN ticket, exactly one matches this WHERE.
        int updated = call("update handoff ticket " + current.id(), handle -> handle
                .createUpdate("UPDATE handoff_tickets SET state = :state, claimed_by = :claimedBy, "
                        + "claimed_at = :claimedAt, closed_at = :closedAt, version = :version "
                        + "WHERE id = :id AND state = :expectedState AND version = :expectedVersion")
                .bind("state", next.state().name())
                .bind("claimedBy", next.claimedBy().orElse(null))
                .bind("claimedAt", millis(next.claimedAt()))
                .bind("closedAt", millis(next.closedAt()))
                .bind("version", next.version())
                .bind("id", current.id())
                .bind("expectedState", current.state().name())
                .bind("expectedVersion", current.version())
                .execute());
        return updated == 1;
    }

    private static <S extends SqlStatement<S>> S bindTicket(S statement, HandoffTicket ticket) {
        return statement
                .bind("id", ticket.id())
                .bind("conversationId", ticket.conversationId())
                .bind("state", ticket.state().name())
                .bind("reasons", writeReasons(ticket.reasons()))
                .bind("summary", ticket.summary())
                .bind("category", ticket.category().orElse(null))
                .bind("requesterId", ticket.requester().id())
                .bind("requesterName", ticket.requester().name())
                .bind("claimedBy", ticket.claimedBy().orElse(null))
                .bind("openedAt", ticket.openedAt().toEpochMilli())
                .bind("claimedAt", millis(ticket.claimedAt()))
                .bind("closedAt", millis(ticket.closedAt()))
                .bind("version", ticket.version());
    }

    private static HandoffTicket ticket(ResultSet row, StatementContext context) throws SQLException {
        return new HandoffTicket(
                row.getString("id"),
                row.getString("conversation_id"),
                HandoffState.valueOf(row.getString("state")),
                readReasons(row.getString("id"), row.getString("reasons")),
                row.getString("summary"),
                Optional.ofNullable(row.getString("category")),
                new Requester(row.getString("requester_id"), row.getString("requester_name")),
                Optional.ofNullable(row.getString("claimed_by")),
                Instant.ofEpochMilli(row.getLong("opened_at")),
                instant(row, "claimed_at"),
                instant(row, "closed_at"),
                row.getLong("version"));
    }

    private static Long millis(Optional<Instant> instant) {
        return instant.map(Instant::toEpochMilli).orElse(null);
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static String writeReasons(List<String> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always writable as JSON", e);
        }
    }

    private static List<String> readReasons(String ticketId, String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new HandoffException(
                    HandoffErrorCode.STORE_FAILED,
                    "Handoff ticket " + ticketId + " has unreadable reasons in the database (not a JSON list of strings)",
                    e);
        }
    }

    private <T> T call(String action, HandleCallback<T, RuntimeException> callback) {
        return StoreCalls.call(jdbi, action, callback);
    }
}
