package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A person's message as Baton takes it from Slack, with the SDK's nulls turned into Optionals:
 * where it was written, by whom, whether it mentions Baton and whether files came with it.
 */
record SlackInbound(
        String eventId,
        String team,
        String channel,
        boolean directMessage,
        String user,
        String text,
        String ts,
        Optional<String> threadTs,
        boolean mentionsBaton,
        boolean hasFiles) {
    /** What every surface uses as the thread of a direct message written outside a thread. */
    static final String DIRECT_THREAD = "direct";

    SlackInbound {
        requireNonNull(eventId, "eventId is null");
        requireNonNull(team, "team is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(user, "user is null");
        requireNonNull(text, "text is null");
        requireNonNull(ts, "ts is null");
        requireNonNull(threadTs, "threadTs is null");
    }

    /**
     * The thread the conversation lives in: the message's thread, the message itself for a
     * top-level channel message, and the whole DM for a top-level direct message.
     */
    String conversationThread() {
        return threadTs.orElse(directMessage ? DIRECT_THREAD : ts);
    }

    /** Where Baton replies: in the thread, or (a top-level DM) in the DM itself. */
    Optional<String> replyThread() {
        return threadTs.or(() -> directMessage ? Optional.empty() : Optional.of(ts));
    }

    /** The text without Baton's mention, which is noise to the assistant. */
    static String withoutMention(String text, String botUserId) {
        return text.replace("<@" + botUserId + ">", " ").replaceAll("\\s+", " ").strip();
    }
}
