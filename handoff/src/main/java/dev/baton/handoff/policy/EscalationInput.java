package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One user turn as the escalation policy sees it.
 *
 * @param message the user's message of this turn
 * @param earlierUserMessages the user's earlier messages in this conversation, oldest first (not this one)
 * @param conversationStarted when the conversation (its current unresolved stretch) began
 * @param userTurns how many user messages the conversation holds, this one included
 * @param answer Baton's answer to this turn, or empty when the policy runs before answering
 * @param thumbsDown how many of Baton's answers in this conversation got a 👎
 * @param highValueCustomer whether the customer's context marks them as high value
 * @param channelId the channel the conversation is in (for per-channel thresholds); "" when none
 */
public record EscalationInput(
        String message,
        List<String> earlierUserMessages,
        Instant conversationStarted,
        int userTurns,
        Optional<AnswerAssessment> answer,
        int thumbsDown,
        boolean highValueCustomer,
        String channelId) {
    public EscalationInput {
        requireNonNull(message, "message is null");
        earlierUserMessages = List.copyOf(earlierUserMessages);
        requireNonNull(conversationStarted, "conversationStarted is null");
        requireNonNull(answer, "answer is null");
        requireNonNull(channelId, "channelId is null");
        if (userTurns < 1) {
            throw new IllegalArgumentException("userTurns must count this turn: " + userTurns);
        }
        if (thumbsDown < 0) {
            throw new IllegalArgumentException("thumbsDown must not be negative: " + thumbsDown);
        }
    }

    /** A first message with no answer yet and no context: what the policy sees before answering. */
    public static EscalationInput firstMessage(String message, Instant now) {
        return new EscalationInput(message, List.of(), now, 1, Optional.empty(), 0, false, "");
    }
}
