package dev.baton.bot.conversation;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.answer.Citation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One message of a conversation. Baton's own answers keep the sources they cited and their
 * confidence, so a human who takes over sees what the bot said and why.
 */
public record Message(
        String id,
        String conversationId,
        MessageRole role,
        String authorId,
        String text,
        Instant at,
        List<Citation> citations,
        Optional<Double> confidence) {
    public Message {
        requireNonNull(id, "id is null");
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(role, "role is null");
        requireNonNull(authorId, "authorId is null");
        requireNonNull(text, "text is null");
        requireNonNull(at, "at is null");
        citations = List.copyOf(citations);
        requireNonNull(confidence, "confidence is null");
    }
}
