package dev.baton.bot.teams;

import dev.baton.config.ErrorCategory;
import dev.baton.config.ErrorCode;

/** Error codes of the Microsoft Teams adapter. */
public enum TeamsErrorCode implements ErrorCode {
    /** A proactive message for a conversation Baton has never seen in Teams. */
    UNKNOWN_CONVERSATION(ErrorCategory.USER),
    /** The Bot Connector refused or did not answer a message Baton sent. */
    CONNECTOR_FAILED(ErrorCategory.EXTERNAL),
    /** Baton could not get its own token from the Microsoft login endpoint. */
    TOKEN_FAILED(ErrorCategory.EXTERNAL),
    /** A stored conversation reference can no longer be read. */
    UNREADABLE_REFERENCE(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    TeamsErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
