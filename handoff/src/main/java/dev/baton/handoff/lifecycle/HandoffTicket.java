package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request for a human, from the moment Baton (or the person) asks for one until it is closed.
 * Transitions return a new ticket with the next {@code version}; the store writes it only if
 * nobody else changed the ticket first. See {@link HandoffState} for which transitions exist.
 *
 * @param reasons which escalation signals fired and why, in the words an agent reads
 * @param claimedBy the agent who claimed it; kept after the ticket closes, so it says who handled it
 * @param claimedAt when it was last claimed; kept after the ticket closes, like {@code claimedBy}
 */
public record HandoffTicket(
        String id,
        String conversationId,
        HandoffState state,
        List<String> reasons,
        String summary,
        Optional<String> category,
        Requester requester,
        Optional<String> claimedBy,
        Instant openedAt,
        Optional<Instant> claimedAt,
        Optional<Instant> closedAt,
        long version) {
    public HandoffTicket {
        requireNonNull(id, "id is null");
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(state, "state is null");
        reasons = List.copyOf(reasons);
        requireNonNull(summary, "summary is null");
        requireNonNull(category, "category is null");
        requireNonNull(requester, "requester is null");
        requireNonNull(claimedBy, "claimedBy is null");
        requireNonNull(openedAt, "openedAt is null");
        requireNonNull(claimedAt, "claimedAt is null");
        requireNonNull(closedAt, "closedAt is null");
        if (id.isBlank() || conversationId.isBlank()) {
            throw new IllegalArgumentException("a handoff ticket needs an id and a conversation id");
        }
        if (reasons.isEmpty() || reasons.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a handoff ticket needs at least one reason, none blank: " + reasons);
        }
        if (claimedBy.isPresent() != claimedAt.isPresent()) {
            throw new IllegalArgumentException("claimedBy and claimedAt go together: " + claimedBy + ", " + claimedAt);
        }
        if (state == HandoffState.CLAIMED && claimedBy.isEmpty()) {
            throw new IllegalArgumentException("a claimed ticket needs the agent who claimed it");
        }
        if (state == HandoffState.OPEN && claimedBy.isPresent()) {
            throw new IllegalArgumentException("an open ticket has no claimer: " + claimedBy.get());
        }
        if (state.active() == closedAt.isPresent()) {
            throw new IllegalArgumentException("a ticket has a closing time exactly when it is closed; state " + state);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version cannot be negative: " + version);
        }
    }

    /** A new ticket, open and unclaimed, at version 0. */
    public static HandoffTicket open(
            String id,
            String conversationId,
            Requester requester,
            List<String> reasons,
            String summary,
            Optional<String> category,
            Instant at) {
        return new HandoffTicket(
                id, conversationId, HandoffState.OPEN, reasons, summary, category, requester, Optional.empty(), at,
                Optional.empty(), Optional.empty(), 0);
    }

    /**
     * Claimed by this agent. Claiming again by the agent who holds it changes nothing (a double click
     * on the Claim button is not an error); another agent is refused and told who holds it.
     */
    public HandoffTicket claim(String agentId, Instant at) {
        requireNonNull(agentId, "agentId is null");
        requireNonNull(at, "at is null");
        if (agentId.isBlank()) {
            throw new IllegalArgumentException("claiming needs the agent's id");
        }
        if (state == HandoffState.CLAIMED && claimedBy.orElseThrow().equals(agentId)) {
            return this;
        }
        refuseUnlessAllowed(HandoffAction.CLAIM);
        return next(HandoffState.CLAIMED, Optional.of(agentId), Optional.of(at), Optional.empty());
    }

    /**
     * Handed by the agent who holds it to a colleague, who holds it from now on. Handing it to the
     * agent who already holds it changes nothing.
     */
    public HandoffTicket reassign(String agentId, Instant at) {
        requireNonNull(agentId, "agentId is null");
        requireNonNull(at, "at is null");
        if (agentId.isBlank()) {
            throw new IllegalArgumentException("handing a ticket to a colleague needs the colleague's id");
        }
        refuseUnlessAllowed(HandoffAction.REASSIGN);
        if (claimedBy.orElseThrow().equals(agentId)) {
            return this;
        }
        return next(HandoffState.CLAIMED, Optional.of(agentId), Optional.of(at), Optional.empty());
    }

    /** Back in the queue for any agent to claim. */
    public HandoffTicket unclaim() {
        refuseUnlessAllowed(HandoffAction.UNCLAIM);
        return next(HandoffState.OPEN, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Closed: the person got what they needed. */
    public HandoffTicket resolve(Instant at) {
        requireNonNull(at, "at is null");
        refuseUnlessAllowed(HandoffAction.RESOLVE);
        return next(HandoffState.RESOLVED, claimedBy, claimedAt, Optional.of(at));
    }

    /** Closed: the conversation goes back to Baton. */
    public HandoffTicket returnToBot(Instant at) {
        requireNonNull(at, "at is null");
        refuseUnlessAllowed(HandoffAction.RETURN_TO_BOT);
        return next(HandoffState.RETURNED_TO_BOT, claimedBy, claimedAt, Optional.of(at));
    }

    private HandoffTicket next(
            HandoffState nextState,
            Optional<String> nextClaimedBy,
            Optional<Instant> nextClaimedAt,
            Optional<Instant> nextClosedAt) {
        return new HandoffTicket(
                id, conversationId, nextState, reasons, summary, category, requester, nextClaimedBy, openedAt,
                nextClaimedAt, nextClosedAt, version + 1);
    }

    private void refuseUnlessAllowed(HandoffAction action) {
        if (state.allowedActions().contains(action)) {
            return;
        }
        String current = state == HandoffState.CLAIMED
                ? "claimed by " + claimedBy.orElseThrow()
                : state.label();
        String allowed = state.allowedActions().isEmpty()
                ? "A ticket that is " + state.label()
                        + " is closed for good; open a new handoff if the person needs help again."
                : "A ticket that is " + state.label() + " can be "
                        + joinAsEnglish(state.allowedActions().stream().map(HandoffAction::participle).toList()) + ".";
        throw new HandoffException(
                HandoffErrorCode.ILLEGAL_TRANSITION,
                "Cannot " + action.verb() + " handoff ticket " + id + ": it is " + current + ". " + allowed);
    }

    private static String joinAsEnglish(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + items.getLast();
    }
}
