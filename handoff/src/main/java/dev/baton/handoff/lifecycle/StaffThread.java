package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

/**
 * Where the on-call team works a ticket: a Slack thread (surface "slack", channel id, root message
 * ts) or a Teams reply chain (surface "teams", channel id, root activity id).
 */
public record StaffThread(String surface, String channel, String thread) {
    public StaffThread {
        requireNonNull(surface, "surface is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(thread, "thread is null");
        if (surface.isBlank() || channel.isBlank() || thread.isBlank()) {
            throw new IllegalArgumentException("a staff thread needs a surface, a channel and a thread: "
                    + surface + "/" + channel + "/" + thread);
        }
    }
}
