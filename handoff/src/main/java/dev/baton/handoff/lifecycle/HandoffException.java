package dev.baton.handoff.lifecycle;

import dev.baton.config.BatonException;

/** The handoff module's one unchecked exception; its code says what went wrong and how to handle it. */
public final class HandoffException extends BatonException {
    private static final long serialVersionUID = 1L;

    public HandoffException(HandoffErrorCode code, String message) {
        super(code, message, null);
    }

    public HandoffException(HandoffErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public HandoffErrorCode code() {
        return (HandoffErrorCode) super.code();
    }
}
