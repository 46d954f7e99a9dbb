package dev.baton.bot.admin;

/**
 * How a conversation ended. Confirmed and assumed AI resolutions are counted and shown apart, never
 * blended: a confirmation is evidence, an assumption is only silence.
 */
public enum Outcome {
    /** Baton answered and the person said so: 👍 Helpful, or a survey score of 4 or 5. */
    RESOLVED_BY_AI_CONFIRMED("resolved by Baton (confirmed)"),
    /** Baton answered with confidence and the person did not come back within the configured time. */
    RESOLVED_BY_AI_ASSUMED("resolved by Baton (assumed)"),
    /** A person was asked for and the request is still open or being worked. */
    ESCALATED("escalated, with a person"),
    /** A person resolved the request. */
    RESOLVED_BY_HUMAN("resolved by a person"),
    /** The person left without an answer that helped: Baton was not sure, or 👎, and then silence. */
    ABANDONED("abandoned"),
    /** Still going: too early to say. */
    IN_PROGRESS("in progress");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Resolved by Baton, confirmed or assumed: what containment counts. */
    public boolean containedByAi() {
        return this == RESOLVED_BY_AI_CONFIRMED || this == RESOLVED_BY_AI_ASSUMED;
    }
}
