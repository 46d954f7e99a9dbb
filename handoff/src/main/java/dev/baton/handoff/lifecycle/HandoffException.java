package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.baton.config.ErrorCategory;

/** The handoff module's one unchecked exception; its code says what went wrong and how to handle it. */
public final class HandoffException extends RuntimeException {
    private final HandoffErrorCode code;

    public HandoffException(HandoffErrorCode code, String message) {
        super(message);
        this.code = requireNonNull(code, "code is null");
    }

    public HandoffException(HandoffErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code is null");
    }

    public HandoffErrorCode code() {
        return code;
    }

    public ErrorCategory category() {
        return code.category();
    }
}
