package dev.baton.bot.conversation;

import static java.util.Objects.requireNonNull;

/** A person in a conversation, by their id on the surface and the name to show. */
public record Participant(String id, String displayName) {
    public Participant {
        requireNonNull(id, "id is null");
        requireNonNull(displayName, "displayName is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a participant needs an id");
        }
    }
}
