package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** One person's verdict on one answer card of a Baton conversation. */
public record FeedbackVote(
        String batonConversationId, String answerId, String userId, FeedbackVerdict verdict, Instant at) {
    public FeedbackVote {
        requireNonNull(batonConversationId, "batonConversationId is null");
        requireNonNull(answerId, "answerId is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(verdict, "verdict is null");
        requireNonNull(at, "at is null");
        if (batonConversationId.isBlank() || answerId.isBlank() || userId.isBlank()) {
            throw new IllegalArgumentException("a vote needs a conversation, an answer and a user");
        }
    }
}
