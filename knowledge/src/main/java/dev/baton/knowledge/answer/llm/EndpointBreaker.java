package dev.baton.knowledge.answer.llm;

import dev.failsafe.CircuitBreaker;
import java.time.Duration;

/**
 * A circuit breaker (Failsafe) around the model endpoint: after {@value #FAILURES} endpoint failures
 * (timeouts, 5xx, network, malformed replies) among the last {@value #WINDOW} calls, the model is not
 * asked for {@code openFor} — every answer is extractive at once instead of after a timeout — and then
 * one trial call decides whether it closes again. Answers Baton rejects for their content (no
 * citation, an unsupported promise) say nothing about the endpoint and count as successes.
 */
final class EndpointBreaker {
    static final int FAILURES = 3;
    static final int WINDOW = 5;
    static final Duration OPEN_FOR = Duration.ofSeconds(30);

    private final CircuitBreaker<Object> breaker;

    EndpointBreaker(Duration openFor) {
        this.breaker = CircuitBreaker.builder()
                .withFailureThreshold(FAILURES, WINDOW)
                .withSuccessThreshold(1)
                .withDelay(openFor)
                .build();
    }

    /** Whether the model may be asked now (closed, or half-open with a trial call free). */
    boolean allowsCall() {
        return breaker.tryAcquirePermit();
    }

    void endpointFailed() {
        breaker.recordFailure();
    }

    void endpointAnswered() {
        breaker.recordSuccess();
    }

    boolean open() {
        return breaker.isOpen();
    }
}
