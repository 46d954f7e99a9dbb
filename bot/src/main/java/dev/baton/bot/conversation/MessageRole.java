package dev.baton.bot.conversation;

/** Who wrote a message of a conversation. */
public enum MessageRole {
    USER,
    ASSISTANT,
    HUMAN_AGENT,
    SYSTEM
}
