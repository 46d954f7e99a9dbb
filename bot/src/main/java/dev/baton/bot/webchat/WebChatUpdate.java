package dev.baton.bot.webchat;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A message from the humans' side that the web chat page fetches while a person holds its
 * conversation.
 *
 * @param kind {@code agent} (a support person's reply), {@code status} (claimed, back in the queue…)
 */
public record WebChatUpdate(String id, String kind, String author, String text, Instant at) {
    public WebChatUpdate {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(author, "author is null");
        requireNonNull(text, "text is null");
        requireNonNull(at, "at is null");
    }
}
