package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

/** What a person can do to a handoff ticket, and the state each action leads to. */
public enum HandoffAction {
    CLAIM("claim", "claimed", HandoffState.CLAIMED),
    UNCLAIM("unclaim", "unclaimed", HandoffState.OPEN),
    REASSIGN("hand to a colleague", "handed to a colleague", HandoffState.CLAIMED),
    RESOLVE("resolve", "resolved", HandoffState.RESOLVED),
    RETURN_TO_BOT("return to the bot", "returned to the bot", HandoffState.RETURNED_TO_BOT);

    private final String verb;
    private final String participle;
    private final HandoffState target;

    HandoffAction(String verb, String participle, HandoffState target) {
        this.verb = requireNonNull(verb, "verb is null");
        this.participle = requireNonNull(participle, "participle is null");
        this.target = requireNonNull(target, "target is null");
    }

    /** The action as people say it: "claim", "return to the bot". */
    public String verb() {
        return verb;
    }

    /** The action done to a ticket: "claimed", "returned to the bot". */
    public String participle() {
        return participle;
    }

    /** The state a ticket is in after this action. */
    public HandoffState target() {
        return target;
    }
}
