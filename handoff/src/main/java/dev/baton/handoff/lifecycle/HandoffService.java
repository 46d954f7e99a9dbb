package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.store.HandoffStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of handoff tickets: open one for a conversation, claim, unclaim, resolve, or return
 * the conversation to the bot. Safe to call from many threads and many replicas: every transition
 * is a compare-and-set on the stored ticket, re-checked against the latest state when it loses.
 */
public final class HandoffService {
    private static final Logger LOG = LoggerFactory.getLogger(HandoffService.class);
    // Each lost compare-and-set means another transition happened; re-checking usually refuses at once.
    private static final int TRANSITION_ATTEMPTS = 5;

    private final HandoffStore store;
    private final Clock clock;

    public HandoffService(HandoffStore store, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Opens a ticket for the conversation, or returns its active ticket when it already has one:
     * asking twice for a human does not queue the person twice.
     */
    public HandoffTicket open(
            String conversationId, Requester requester, List<String> reasons, String summary, Optional<String> category) {
        HandoffTicket candidate = HandoffTicket.open(
                UUID.randomUUID().toString(), conversationId, requester, reasons, summary, category, now());
        HandoffTicket active = store.insertIfNoneActive(candidate);
        if (active.id().equals(candidate.id())) {
            LOG.info("Opened handoff ticket {} for conversation {} ({} reasons)",
                    active.id(), conversationId, reasons.size());
        } else {
            LOG.info("Conversation {} already has {} handoff ticket {}; not opening another",
                    conversationId, active.state(), active.id());
        }
        return active;
    }

    /** Claims the ticket for the agent; refused when another agent holds it or it is closed. */
    public HandoffTicket claim(String ticketId, String agentId) {
        requireNonNull(agentId, "agentId is null");
        Instant at = now();
        return transition(ticketId, HandoffAction.CLAIM, ticket -> ticket.claim(agentId, at));
    }

    /** Puts a claimed ticket back in the queue. */
    public HandoffTicket unclaim(String ticketId) {
        return transition(ticketId, HandoffAction.UNCLAIM, HandoffTicket::unclaim);
    }

    public HandoffTicket resolve(String ticketId) {
        Instant at = now();
        return transition(ticketId, HandoffAction.RESOLVE, ticket -> ticket.resolve(at));
    }

    /** Closes the ticket and gives the conversation back to Baton. */
    public HandoffTicket returnToBot(String ticketId) {
        Instant at = now();
        return transition(ticketId, HandoffAction.RETURN_TO_BOT, ticket -> ticket.returnToBot(at));
    }

    public Optional<HandoffTicket> find(String ticketId) {
        return store.find(ticketId);
    }

    /** The open or claimed ticket of the conversation: while there is one, humans own the conversation. */
    public Optional<HandoffTicket> activeFor(String conversationId) {
        return store.findActive(conversationId);
    }

    /** Every open or claimed ticket, oldest first: the queue the on-call team works through. */
    public List<HandoffTicket> listActive() {
        return store.listActive();
    }

    private HandoffTicket transition(String ticketId, HandoffAction action, UnaryOperator<HandoffTicket> change) {
        requireNonNull(ticketId, "ticketId is null");
        for (int attempt = 1; attempt <= TRANSITION_ATTEMPTS; attempt++) {
            HandoffTicket current = store.find(ticketId)
                    .orElseThrow(() -> new HandoffException(
                            HandoffErrorCode.TICKET_NOT_FOUND,
                            "Cannot " + action.verb() + " handoff ticket " + ticketId
                                    + ": there is no such ticket (it may have been mistyped, or the message is stale)."));
            HandoffTicket next = change.apply(current);
            if (next == current) {
                return current;
            }
            if (store.replace(current, next)) {
                LOG.info("Handoff ticket {} of conversation {}: {} -> {}",
                        ticketId, next.conversationId(), current.state(), next.state());
                return next;
            }
        }
        throw new HandoffException(
                HandoffErrorCode.CONCURRENT_UPDATE,
                "Could not " + action.verb() + " handoff ticket " + ticketId
                        + ": others kept changing it at the same moment; try again.");
    }

    private Instant now() {
        // The store keeps milliseconds: returning the same precision keeps returned and stored tickets equal.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
