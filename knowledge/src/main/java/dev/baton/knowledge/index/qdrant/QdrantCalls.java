package dev.baton.knowledge.index.qdrant;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ListenableFuture;
import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for Qdrant's answers and turns gRPC failures into {@link KnowledgeException}s that say what
 * failed and what to do. Every call also carries a gRPC deadline of the configured timeout; the wait
 * here allows a little more, so the deadline normally fires first and the two report alike.
 */
final class QdrantCalls {
    /** Extra wait beyond the gRPC deadline before giving up on a call locally. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private final String endpoint;
    private final String collection;
    private final Duration timeout;

    QdrantCalls(String endpoint, String collection, Duration timeout) {
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
        this.collection = requireNonNull(collection, "collection is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
    }

    Duration timeout() {
        return timeout;
    }

    /** The result of a call, or a KnowledgeException naming {@code action} ("search", "write chunks to"). */
    <T> T await(String action, ListenableFuture<T> call) {
        try {
            return call.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new KnowledgeException(KnowledgeErrorCode.INDEX_FAILED,
                    "interrupted while waiting to " + action + " Qdrant " + where(), e);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw timedOut(action, e);
        } catch (ExecutionException e) {
            throw failure(action, e.getCause() == null ? e : e.getCause());
        }
    }

    KnowledgeException failure(String action, Throwable cause) {
        Status status = Status.fromThrowable(cause);
        return switch (status.getCode()) {
            case UNAVAILABLE -> new KnowledgeException(KnowledgeErrorCode.INDEX_UNAVAILABLE,
                    "cannot " + action + " Qdrant " + where() + ": it is unreachable (" + describe(status)
                            + "); check that Qdrant is running and that qdrant.url (QDRANT_URL) points at its gRPC port",
                    cause);
            case DEADLINE_EXCEEDED -> timedOut(action, cause);
            case UNAUTHENTICATED, PERMISSION_DENIED -> new KnowledgeException(KnowledgeErrorCode.INDEX_UNAVAILABLE,
                    "cannot " + action + " Qdrant " + where() + ": the API key was refused (" + describe(status)
                            + "); set qdrant.api-key (QDRANT_API_KEY)",
                    cause);
            case RESOURCE_EXHAUSTED -> new KnowledgeException(KnowledgeErrorCode.INDEX_UNAVAILABLE,
                    "cannot " + action + " Qdrant " + where() + ": it is overloaded (" + describe(status) + ")", cause);
            default -> new KnowledgeException(KnowledgeErrorCode.INDEX_FAILED,
                    "cannot " + action + " Qdrant " + where() + ": " + describe(status), cause);
        };
    }

    private KnowledgeException timedOut(String action, Throwable cause) {
        return new KnowledgeException(KnowledgeErrorCode.INDEX_TIMEOUT,
                "cannot " + action + " Qdrant " + where() + ": no answer within " + timeout.toMillis()
                        + " ms (qdrant.timeout); Qdrant is slow or overloaded",
                cause);
    }

    private String where() {
        return "at " + endpoint + " (collection " + collection + ")";
    }

    private static String describe(Status status) {
        return status.getDescription() == null ? status.getCode().name() : status.getCode() + ": " + status.getDescription();
    }
}
