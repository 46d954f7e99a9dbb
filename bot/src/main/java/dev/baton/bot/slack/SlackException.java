package dev.baton.bot.slack;

import dev.baton.config.BatonException;

/** A Slack call or turn failed; the code says how. */
public final class SlackException extends BatonException {
    private static final long serialVersionUID = 1L;

    public SlackException(SlackErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public SlackErrorCode code() {
        return (SlackErrorCode) super.code();
    }
}
