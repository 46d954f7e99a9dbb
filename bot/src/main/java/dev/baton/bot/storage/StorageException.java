package dev.baton.bot.storage;

import dev.baton.config.BatonException;

/** Storage failed; the code says how (and its category how to handle it). */
public final class StorageException extends BatonException {
    private static final long serialVersionUID = 1L;

    public StorageException(StorageErrorCode code, String message) {
        super(code, message, null);
    }

    public StorageException(StorageErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public StorageErrorCode code() {
        return (StorageErrorCode) super.code();
    }
}
