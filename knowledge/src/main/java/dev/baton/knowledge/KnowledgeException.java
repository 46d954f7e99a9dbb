package dev.baton.knowledge;

import static java.util.Objects.requireNonNull;

/** The one unchecked exception of the knowledge module; its code says what kind of failure it is. */
public final class KnowledgeException extends RuntimeException {
    private final KnowledgeErrorCode code;

    public KnowledgeException(KnowledgeErrorCode code, String message) {
        super(message);
        this.code = requireNonNull(code, "code is null");
    }

    public KnowledgeException(KnowledgeErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code is null");
    }

    public KnowledgeErrorCode code() {
        return code;
    }
}
