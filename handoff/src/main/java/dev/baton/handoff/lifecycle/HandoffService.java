package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.store.HandoffStore;
import dev.baton.handoff.store.SlaTimerStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
    private final SlaTimerStore timers;
    private final HandoffConfig config;
    private final Clock clock;

    public HandoffService(HandoffStore store, SlaTimerStore timers, HandoffConfig config, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.timers = requireNonNull(timers, "timers is null");
        this.config = requireNonNull(config, "config is null");
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
            timers.schedule(new SlaTimer(active.id(), dueAfter(active.openedAt(), category, 0), 0));
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
        HandoffTicket claimed = transition(ticketId, HandoffAction.CLAIM, ticket -> ticket.claim(agentId, at));
        timers.cancel(ticketId);
        return claimed;
    }

    /** Hands a claimed ticket to a colleague, who holds it from now on. */
    public HandoffTicket reassign(String ticketId, String agentId) {
        requireNonNull(agentId, "agentId is null");
        Instant at = now();
        return transition(ticketId, HandoffAction.REASSIGN, ticket -> ticket.reassign(agentId, at));
    }

    /** Puts a claimed ticket back in the queue; its SLA starts again from the first tier. */
    public HandoffTicket unclaim(String ticketId) {
        HandoffTicket open = transition(ticketId, HandoffAction.UNCLAIM, HandoffTicket::unclaim);
        timers.schedule(new SlaTimer(ticketId, dueAfter(now(), open.category(), 0), 0));
        return open;
    }

    public HandoffTicket resolve(String ticketId) {
        Instant at = now();
        HandoffTicket resolved = transition(ticketId, HandoffAction.RESOLVE, ticket -> ticket.resolve(at));
        timers.cancel(ticketId);
        return resolved;
    }

    /** Closes the ticket and gives the conversation back to Baton. */
    public HandoffTicket returnToBot(String ticketId) {
        Instant at = now();
        HandoffTicket returned = transition(ticketId, HandoffAction.RETURN_TO_BOT, ticket -> ticket.returnToBot(at));
        timers.cancel(ticketId);
        return returned;
    }

    /**
     * Fires the SLA timers that are due: each open ticket that waited its SLA unclaimed is returned
     * once, with the next tier to page, and its timer restarts. Safe to call from every replica at
     * once: each breach is taken by exactly one caller. Timers of tickets claimed or closed meanwhile
     * are dropped.
     */
    public List<SlaBreach> takeBreaches(int limit) {
        Instant now = now();
        List<SlaBreach> breaches = new ArrayList<>();
        for (SlaTimer timer : timers.due(now, limit)) {
            Optional<HandoffTicket> ticket = store.find(timer.ticketId());
            if (ticket.isEmpty() || ticket.get().state() != HandoffState.OPEN) {
                timers.cancel(timer.ticketId());
                continue;
            }
            int page = timer.pages() + 1;
            Optional<String> category = ticket.get().category();
            SlaTimer next = new SlaTimer(timer.ticketId(), dueAfter(now, category, page), page);
            if (timers.advance(timer, next)) {
                Duration waited = Duration.between(ticket.get().openedAt(), now);
                LOG.warn("Handoff ticket {} waited {} min unclaimed: page {}",
                        timer.ticketId(), waited.toMinutes(), page);
                breaches.add(new SlaBreach(ticket.get(), page, waited, config.onCall().pageFor(category, page)));
            }
        }
        return breaches;
    }

    /** The timer of a ticket waiting for a claim, if it is waiting. */
    public Optional<SlaTimer> slaTimer(String ticketId) {
        return timers.find(ticketId);
    }

    /**
     * When the people who would take a request of that category are next at work: empty when they
     * are now, so the requester can be told "a person will be with you from 09:00".
     */
    public Optional<ZonedDateTime> offHoursUntil(Optional<String> category) {
        Instant now = now();
        Staffing staffing = staffing(category, 0);
        Instant next = staffing.nextStaffed(now);
        return next.equals(now) ? Optional.empty() : Optional.of(next.atZone(staffing.zone()));
    }

    /** Who is paged first for a request of that category; empty when the rota pages nobody. */
    public Optional<OnCall> firstPage(Optional<String> category) {
        return config.onCall().pageFor(category, 0);
    }

    private Instant dueAfter(Instant from, Optional<String> category, int page) {
        return staffing(category, page).nextStaffed(from).plus(config.sla());
    }

    private Staffing staffing(Optional<String> category, int page) {
        return config.onCall().pageFor(category, page)
                .map(onCall -> new Staffing(onCall.hours(), onCall.timeZone()))
                .orElse(new Staffing(config.businessHours(), config.timeZone()));
    }

    public Optional<HandoffTicket> find(String ticketId) {
        return store.find(ticketId);
    }

    /** The open or claimed ticket of the conversation: while there is one, humans own the conversation. */
    public Optional<HandoffTicket> activeFor(String conversationId) {
        return store.findActive(conversationId);
    }

    /** The conversation's most recent ticket, open or closed: what a survey or a status line refers to. */
    public Optional<HandoffTicket> latestFor(String conversationId) {
        return store.findLatest(conversationId);
    }

    /** The requester's earlier tickets (not this one), newest first: what the support team did for them before. */
    public List<HandoffTicket> earlierFor(String requesterId, String exceptTicketId, int limit) {
        return store.listByRequester(requesterId, limit + 1).stream()
                .filter(ticket -> !ticket.id().equals(exceptTicketId))
                .limit(limit)
                .toList();
    }

    /** Every open or claimed ticket, oldest first: the queue the on-call team works through. */
    public List<HandoffTicket> listActive() {
        return store.listActive();
    }

    /** Business hours in a time zone: when the people paged are at work. */
    private record Staffing(BusinessHours hours, ZoneId zone) {
        Instant nextStaffed(Instant instant) {
            return hours.nextStaffed(instant, zone);
        }
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
