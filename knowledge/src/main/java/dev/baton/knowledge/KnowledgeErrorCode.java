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
    INDEX_FAILED(ErrorCategory.INTERNAL),
    /** A remote index (Qdrant) could not be reached or refused the connection. */
    INDEX_UNAVAILABLE(ErrorCategory.EXTERNAL),
    /** A remote index (Qdrant) did not answer within its timeout. */
    INDEX_TIMEOUT(ErrorCategory.EXTERNAL),
    /** A remote index's collection exists with a layout that differs from what the settings ask for. */
    INDEX_SCHEMA_MISMATCH(ErrorCategory.USER);

    private final ErrorCategory category;

    KnowledgeErrorCode(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
