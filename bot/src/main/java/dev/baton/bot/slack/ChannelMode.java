package dev.baton.bot.slack;

/** When Baton speaks in a channel it is enabled in. */
public enum ChannelMode {
    /** Only when mentioned, and in threads it already answers. */
    MENTION_ONLY,
    /** Every top-level message is taken as a question. */
    AUTO_ANSWER
}
