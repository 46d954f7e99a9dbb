package dev.baton.handoff.lifecycle;

import dev.baton.config.ErrorCategory;
import dev.baton.config.ErrorCode;

/** Error codes of the handoff module. */
public enum HandoffErrorCode implements ErrorCode {
    /** The ticket's state does not allow the action (claiming a resolved ticket, unclaiming an open one). */
    ILLEGAL_TRANSITION(ErrorCategory.USER),
    /** A survey answer out of range, for a ticket not resolved, or from someone other than the requester. */
    INVALID_SURVEY_ANSWER(ErrorCategory.USER),
    /** No ticket has the given id: a stale button or a mistyped command. */
    TICKET_NOT_FOUND(ErrorCategory.USER),
    /** Others kept changing the ticket while we tried to; trying again shortly will work. */
    CONCURRENT_UPDATE(ErrorCategory.CAPACITY),
    /** The database refused or could not be reached. */
    STORE_FAILED(ErrorCategory.EXTERNAL);

    private final ErrorCategory category;

    HandoffErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
