package dev.baton.knowledge;

import dev.baton.config.ErrorCategory;
import dev.baton.config.ErrorCode;

/** Error codes of the knowledge module, each with the category that decides how it is handled. */
public enum KnowledgeErrorCode implements ErrorCode {
    /** A document could not be read or parsed (reported per file by ingestion). */
    UNREADABLE_DOCUMENT(ErrorCategory.USER),
    /** A file type that ingestion does not know. */
    UNSUPPORTED_DOCUMENT(ErrorCategory.USER),
    /** A path given to ingest does not exist. */
    SOURCE_NOT_FOUND(ErrorCategory.USER),
    /** An evaluation data set that is missing files or is malformed. */
    INVALID_EVALUATION_DATA(ErrorCategory.USER),
    /** The embedding model could not be loaded or failed on an input. */
    EMBEDDING_FAILED(ErrorCategory.INTERNAL),
    /** The index could not be opened, read or written. */
    INDEX_FAILED(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    KnowledgeErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
