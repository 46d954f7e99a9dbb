package dev.baton.handoff.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a handoff ticket is in its life.
 *
 * <pre>
 *            claim                 resolve
 *   OPEN ──────────────> CLAIMED ──────────────> RESOLVED
 *    │                   │  ↺ hand to a colleague
 *    │  <──────────────     │     return to bot
 *    │      unclaim         └──────────────────> RETURNED_TO_BOT
 *    │ resolve / return to bot
 *    └─────────────────────────────────────────> RESOLVED | RETURNED_TO_BOT
 * </pre>
 *
 * An open ticket may be closed without a claim: an agent resolves a duplicate or a question
 * answered elsewhere, or the requester withdraws the request and goes back to the bot (nobody is
 * kept waiting for a human they no longer need). Both closed states are final: a person who needs
 * help again gets a new ticket, so each ticket's timings stay honest.
 */
public enum HandoffState {
    OPEN,
    CLAIMED,
    RESOLVED,
    RETURNED_TO_BOT;

    /** Open or claimed: the conversation is with the humans, and at most one such ticket exists per conversation. */
    public boolean active() {
        return this == OPEN || this == CLAIMED;
    }

    /** The actions allowed from this state. */
    public Set<HandoffAction> allowedActions() {
        return switch (this) {
            case OPEN -> EnumSet.of(HandoffAction.CLAIM, HandoffAction.RESOLVE, HandoffAction.RETURN_TO_BOT);
            case CLAIMED -> EnumSet.of(
                    HandoffAction.UNCLAIM, HandoffAction.REASSIGN, HandoffAction.RESOLVE, HandoffAction.RETURN_TO_BOT);
            case RESOLVED, RETURNED_TO_BOT -> EnumSet.noneOf(HandoffAction.class);
        };
    }

    /** The state as people say it: "open", "returned to the bot". */
    public String label() {
        return switch (this) {
            case OPEN -> "open";
            case CLAIMED -> "claimed";
            case RESOLVED -> "resolved";
            case RETURNED_TO_BOT -> "returned to the bot";
        };
    }
}
