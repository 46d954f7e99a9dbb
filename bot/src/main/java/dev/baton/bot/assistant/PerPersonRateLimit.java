package dev.baton.bot.assistant;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding one-minute window of message times per person, in memory (per replica: a limit against
 * floods, not an accounting). People idle for a minute are forgotten, so memory stays bounded by the
 * number of people active in the last minute.
 */
final class PerPersonRateLimit {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    PerPersonRateLimit(int limit, Clock clock) {
        this.limit = limit;
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Counts this message; false when the person already sent {@code limit} in the last minute. */
    boolean tryAcquire(String personId) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(WINDOW);
        boolean[] allowed = {false};
        recent.compute(personId, (id, times) -> {
            Deque<Instant> window = times == null ? new ArrayDeque<>() : times;
            while (!window.isEmpty() && !window.peekFirst().isAfter(cutoff)) {
                window.pollFirst();
            }
            if (window.size() < limit) {
                window.addLast(now);
                allowed[0] = true;
            }
            return window;
        });
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(entry -> entry.getValue().isEmpty()
                    || !entry.getValue().peekLast().isAfter(cutoff));
        }
        return allowed[0];
    }

    int limit() {
        return limit;
    }
}
