package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What Baton will post for one accepted message, worked out once and kept in the inbox: the
 * messages in order, where they go, and (for an answer only the asker sees) to whom. Empty when
 * the turn calls for silence (a person from support is handling the thread).
 */
record PlannedReply(String channel, Optional<String> thread, Optional<String> onlyFor, List<SlackMessage> messages) {
    PlannedReply {
        requireNonNull(channel, "channel is null");
        requireNonNull(thread, "thread is null");
        requireNonNull(onlyFor, "onlyFor is null");
        messages = List.copyOf(messages);
    }

    static PlannedReply silence(String channel, Optional<String> thread) {
        return new PlannedReply(channel, thread, Optional.empty(), List.of());
    }
}
