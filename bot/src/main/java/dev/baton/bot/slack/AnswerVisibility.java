package dev.baton.bot.slack;

/** Who sees Baton's answers in a channel. */
public enum AnswerVisibility {
    /** Everyone in the thread. */
    PUBLIC,
    /** Only the person who asked (ephemeral), with a button to share it with the channel. */
    PRIVATE
}
