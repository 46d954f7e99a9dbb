package dev.baton.bot.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A normalised conversation: who, where, which thread, and what we know of the customer. */
public record Conversation(
        String id, ConversationKey key, Participant user, CustomerContext context, Instant startedAt) {
    public Conversation {
        requireNonNull(id, "id is null");
        requireNonNull(key, "key is null");
        requireNonNull(user, "user is null");
        requireNonNull(context, "context is null");
        requireNonNull(startedAt, "startedAt is null");
    }
}
