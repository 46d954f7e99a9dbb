package dev.baton.bot.storage;

import dev.baton.config.ErrorCategory;
import dev.baton.config.ErrorCode;

/** Error codes of Baton's state storage. */
public enum StorageErrorCode implements ErrorCode {
    /** The database cannot be reached or opened: wrong URL or credentials, server down, directory not writable. */
    DATABASE_UNAVAILABLE(ErrorCategory.EXTERNAL),
    /** A statement failed while the database was up. */
    DATABASE_FAILED(ErrorCategory.EXTERNAL),
    /** The schema could not be brought up to date; a person has to look at the database. */
    MIGRATION_FAILED(ErrorCategory.INTERNAL),
    /** A message for a conversation that was never started: a bug in the caller. */
    UNKNOWN_CONVERSATION(ErrorCategory.INTERNAL),
    /** A stored value cannot be read back (JSON that no longer fits the record). */
    UNREADABLE_ROW(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    StorageErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
