package dev.baton.handoff.policy;

import java.util.Locale;

/** The reasons Baton may hand a conversation to a human; each is detected by one {@link SignalDetector}. */
public enum SignalKind {
    /** The user asks for a person ("/human", the button, "let me talk to someone"): escalates at once, always. */
    EXPLICIT_REQUEST,
    /** Anger, exasperation or distress with the service or the bot. */
    FRUSTRATION,
    /** Intent to cancel, close the account, not renew, or move to a competitor. */
    CANCELLATION,
    /** A request for something outside the rules: refund, extension, exception, waiver, compensation. */
    POLICY_EXCEPTION,
    /** The customer's context marks them as high value (a tier or account flag passed in). */
    HIGH_VALUE_CUSTOMER,
    /** The answer's confidence was below the limit, or Baton abstained. */
    LOW_CONFIDENCE,
    /** Several distinct problems, long technical detail, or many error codes in one message. */
    COMPLEX_ISSUE,
    /** The same question asked again, or several thumbs-down in the conversation. */
    REPEATED_FAILURE,
    /** The conversation has been open too long, or for too many turns, without resolution. */
    TIME_WITHOUT_RESOLUTION;

    /** The name used in settings keys: {@code policy-exception} for {@link #POLICY_EXCEPTION}. */
    public String settingName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
