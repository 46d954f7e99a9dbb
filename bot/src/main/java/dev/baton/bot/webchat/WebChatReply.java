package dev.baton.bot.webchat;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.answer.Citation;
import java.util.List;
import java.util.Optional;

/**
 * What the web chat page shows for one turn.
 *
 * @param kind {@code answer}, {@code handoff} (a person was asked to take over), {@code with-human},
 *     {@code acknowledged} or {@code unavailable} (the knowledge base could not be searched; offer a human)
 */
public record WebChatReply(
        String conversationId,
        String kind,
        String text,
        List<Citation> sources,
        Optional<Double> confidence,
        boolean abstained,
        Optional<String> ticketId) {
    public WebChatReply {
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(text, "text is null");
        sources = List.copyOf(sources);
        requireNonNull(confidence, "confidence is null");
        requireNonNull(ticketId, "ticketId is null");
    }
}
