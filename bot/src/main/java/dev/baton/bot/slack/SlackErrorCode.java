package dev.baton.bot.slack;

import dev.baton.config.ErrorCategory;
import dev.baton.config.ErrorCode;

/** Error codes of the Slack adapter. */
public enum SlackErrorCode implements ErrorCode {
    /** The Web API could not be reached, kept answering 429 past the retries, or answered {@code ok:false}. */
    WEB_API_FAILED(ErrorCategory.EXTERNAL),
    /** Turns could not be queued: Baton is stopping. */
    NOT_ACCEPTING(ErrorCategory.CAPACITY);

    private final ErrorCategory category;

    SlackErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
