package dev.baton.bot.assistant;

import static java.util.Objects.requireNonNull;

import dev.baton.config.ErrorCode;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The knowledge base's health as turns find it: a search that failed marks it down until one
 * succeeds again, so that readiness reports a broken index (a Lucene folder that cannot be read, a
 * Qdrant cluster that is down or timing out) even while counting its chunks still works. A failure
 * counts for {@link #REMEMBERED} only: a replica taken out of the load balancer gets no turns to
 * prove the index is back, so after that readiness goes back to its own check.
 */
public final class KnowledgeHealth {
    /** The last failed search: when, and its error code. */
    public record Failure(Instant at, ErrorCode code) {
        public Failure {
            requireNonNull(at, "at is null");
            requireNonNull(code, "code is null");
        }
    }

    /** How long a failed search keeps the knowledge base reported down without a newer success. */
    public static final Duration REMEMBERED = Duration.ofMinutes(1);

    private final Clock clock;
    private final AtomicReference<Optional<Failure>> lastFailure = new AtomicReference<>(Optional.empty());

    @Inject
    public KnowledgeHealth(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    void searchFailed(ErrorCode code) {
        lastFailure.set(Optional.of(new Failure(clock.instant(), code)));
    }

    void searchSucceeded() {
        if (lastFailure.get().isPresent()) {
            lastFailure.set(Optional.empty());
        }
    }

    /** The failure since which no search has succeeded, if the last search failed less than {@link #REMEMBERED} ago. */
    public Optional<Failure> down() {
        Instant since = clock.instant().minus(REMEMBERED);
        return lastFailure.get().filter(failure -> failure.at().isAfter(since));
    }
}
