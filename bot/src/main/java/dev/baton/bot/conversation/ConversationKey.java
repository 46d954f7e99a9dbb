package dev.baton.bot.conversation;

import static java.util.Objects.requireNonNull;

/**
 * What identifies a conversation on its surface: a Slack thread (team, channel, thread ts), a
 * Teams reply chain (tenant, conversation id, reply-to id), or a web chat session.
 */
public record ConversationKey(Surface surface, String workspace, String channel, String thread) {
    public ConversationKey {
        requireNonNull(surface, "surface is null");
        requireNonNull(workspace, "workspace is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(thread, "thread is null");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("a conversation key needs a channel");
        }
    }
}
