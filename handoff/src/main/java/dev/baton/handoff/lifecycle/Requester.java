package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

/** The person who needs a human: their id on the chat surface and the name to show the agent. */
public record Requester(String id, String name) {
    public Requester {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a requester needs an id");
        }
    }
}
