package dev.baton.knowledge.answer.llm;

import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import java.io.InterruptedIOException;

/**
 * Why an answer from the model was not used and the extractive answer was sent instead. Failures
 * of the endpoint are logged at WARN (someone may need to fix the endpoint); answers rejected by
 * Baton's own checks at INFO (the model misbehaved once, nothing is broken).
 */
enum FallbackReason {
    TIMEOUT(true),
    NETWORK(true),
    SERVER_ERROR(true),
    RATE_LIMITED(true),
    /** A 4xx other than 408 and 429: a wrong key, model or request, which retrying does not fix. */
    REJECTED(true),
    MALFORMED_REPLY(true),
    EMPTY_CHOICES(true),
    /** The model ran out of output tokens, so its JSON is cut short. */
    TRUNCATED(true),
    /** The model refused, or the endpoint's content filter removed the reply. */
    REFUSED(true),
    UNEXPECTED_ERROR(true),
    /** Recent calls failed: the circuit breaker keeps the model out of the way for a while. */
    CIRCUIT_OPEN(true),
    /** The answer cites a passage number that was not given. */
    UNGROUNDED_CITATION(false),
    /** The answer cites no passage at all. */
    NO_CITATION(false),
    /** The answer mentions a refund, credit or the like that no cited passage mentions. */
    UNSUPPORTED_PROMISE(false),
    /**
     * The answer shows instructions or a secret, grants something to the asker, or tells them no
     * person can help ({@link dev.baton.knowledge.answer.AnswerGuard}): what an injected instruction makes a model say.
     */
    UNSAFE_REPLY(false);

    private final boolean endpointFailure;

    FallbackReason(boolean endpointFailure) {
        this.endpointFailure = endpointFailure;
    }

    boolean endpointFailure() {
        return endpointFailure;
    }

    static FallbackReason of(OpenAIException failure) {
        return switch (failure) {
            case OpenAIServiceException service when service.statusCode() == 408 -> TIMEOUT;
            case OpenAIServiceException service when service.statusCode() == 429 -> RATE_LIMITED;
            case OpenAIServiceException service when service.statusCode() >= 500 -> SERVER_ERROR;
            case OpenAIServiceException service -> REJECTED;
            case OpenAIIoException io -> timedOut(io) ? TIMEOUT : NETWORK;
            case OpenAIInvalidDataException invalid -> MALFORMED_REPLY;
            default -> UNEXPECTED_ERROR;
        };
    }

    /** OkHttp reports its call, read and connect timeouts as InterruptedIOException (SocketTimeoutException is one). */
    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }
}
