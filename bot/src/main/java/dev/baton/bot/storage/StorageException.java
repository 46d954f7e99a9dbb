package dev.baton.bot.storage;

import static java.util.Objects.requireNonNull;

import dev.baton.config.ErrorCategory;

/** Storage failed; the code says how (and its category how to handle it). */
public final class StorageException extends RuntimeException {
    private final StorageErrorCode code;

    public StorageException(StorageErrorCode code, String message) {
        super(message);
        this.code = requireNonNull(code, "code is null");
    }

    public StorageException(StorageErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code is null");
    }

    public StorageErrorCode code() {
        return code;
    }

    public ErrorCategory category() {
        return code.category();
    }
}
