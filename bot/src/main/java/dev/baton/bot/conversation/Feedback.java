package dev.baton.bot.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One person's verdict on one of Baton's answers: helpful or not. {@code messageRef} names the
 * answer on its surface (a Slack message ts); a person has one verdict per answer, the latest.
 */
public record Feedback(String conversationId, String messageRef, String userId, boolean helpful, Instant at) {
    public Feedback {
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(messageRef, "messageRef is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(at, "at is null");
        if (conversationId.isBlank() || messageRef.isBlank() || userId.isBlank()) {
            throw new IllegalArgumentException("feedback needs a conversation, a message and a person");
        }
    }
}
