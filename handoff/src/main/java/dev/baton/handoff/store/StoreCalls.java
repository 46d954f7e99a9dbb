package dev.baton.handoff.store;

import dev.baton.handoff.lifecycle.HandoffErrorCode;
import dev.baton.handoff.lifecycle.HandoffException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.HandleCallback;

/** One way for the handoff stores to run a statement: a database failure becomes a HandoffException. */
final class StoreCalls {
    private StoreCalls() {}

    static <T> T call(Jdbi jdbi, String action, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw new HandoffException(HandoffErrorCode.STORE_FAILED, "Could not " + action + ": the database failed", e);
        }
    }
}
