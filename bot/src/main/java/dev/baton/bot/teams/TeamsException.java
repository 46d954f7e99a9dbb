package dev.baton.bot.teams;

import dev.baton.config.BatonException;

/** The Teams adapter failed; the code says how. */
public final class TeamsException extends BatonException {
    private static final long serialVersionUID = 1L;

    public TeamsException(TeamsErrorCode code, String message) {
        super(code, message, null);
    }

    public TeamsException(TeamsErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public TeamsErrorCode code() {
        return (TeamsErrorCode) super.code();
    }
}
