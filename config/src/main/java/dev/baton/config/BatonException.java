package dev.baton.config;

import static java.util.Objects.requireNonNull;

/**
 * The base of every module's one unchecked exception. The top of each task catches it and turns
 * the code's {@link ErrorCategory} into behaviour: explain (user), retry then tell (external),
 * apologise and alert (internal), "try again shortly" (capacity).
 */
public abstract class BatonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    protected BatonException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code is null");
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorCategory category() {
        return code.category();
    }
}
