package dev.baton.bot.slack;

import dev.baton.config.ErrorCategory;
import dev.baton.config.ErrorCode;

/** Error codes of the Slack adapter. */
public enum SlackErrorCode implements ErrorCode {
    /** The Web API could not be reached or kept answering 429 or 5xx past the retries: worth trying later. */
    WEB_API_FAILED(ErrorCategory.EXTERNAL),
    /**
     * The Web API answered {@code ok:false} (msg_too_long, channel_not_found, not_in_channel…): the
     * same call would be refused again, so Baton does something else instead of retrying.
     */
    WEB_API_REFUSED(ErrorCategory.INTERNAL),
    /** Turns could not be queued: Baton is stopping. */
    NOT_ACCEPTING(ErrorCategory.CAPACITY),
    /**
     * Another worker took over an inbox message this one held (its hold ran out: the process stalled
     * longer than {@code slack.inbox.lease}); this worker stops, the other one answers.
     */
    INBOX_HOLD_LOST(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    SlackErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
