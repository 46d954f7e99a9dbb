package dev.baton.bot.conversation;

/** Where a conversation takes place. */
public enum Surface {
    WEBCHAT,
    SLACK,
    TEAMS
}
