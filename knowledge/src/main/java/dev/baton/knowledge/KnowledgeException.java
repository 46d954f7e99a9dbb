package dev.baton.knowledge;

import dev.baton.config.BatonException;

/** The one unchecked exception of the knowledge module; its code says what kind of failure it is. */
public final class KnowledgeException extends BatonException {
    private static final long serialVersionUID = 1L;

    public KnowledgeException(KnowledgeErrorCode code, String message) {
        super(code, message, null);
    }

    public KnowledgeException(KnowledgeErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }

    @Override
    public KnowledgeErrorCode code() {
        return (KnowledgeErrorCode) super.code();
    }
}
