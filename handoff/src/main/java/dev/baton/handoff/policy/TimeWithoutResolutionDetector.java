package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Fires when a conversation has been open for too long, or has taken too many user turns, without
 * being resolved: the policy only runs on conversations Baton still holds, so open means unresolved.
 */
public final class TimeWithoutResolutionDetector implements SignalDetector {
    private final Clock clock;
    private final Duration maxOpen;
    private final int maxUserTurns;

    public TimeWithoutResolutionDetector(Clock clock, Duration maxOpen, int maxUserTurns) {
        this.clock = requireNonNull(clock, "clock is null");
        this.maxOpen = requireNonNull(maxOpen, "maxOpen is null");
        if (maxOpen.isNegative() || maxOpen.isZero() || maxUserTurns < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxOpen + ", " + maxUserTurns + " turns");
        }
        this.maxUserTurns = maxUserTurns;
    }

    @Override
    public SignalKind kind() {
        return SignalKind.TIME_WITHOUT_RESOLUTION;
    }

    @Override
    public Optional<Signal> detect(EscalationInput input) {
        Duration open = Duration.between(input.conversationStarted(), clock.instant());
        if (open.compareTo(maxOpen) >= 0) {
            return Optional.of(new Signal(kind(),
                    "open for " + minutes(open) + " without resolution (limit " + minutes(maxOpen) + ")"));
        }
        if (input.userTurns() >= maxUserTurns) {
            return Optional.of(new Signal(kind(),
                    input.userTurns() + " user turns without resolution (limit " + maxUserTurns + ")"));
        }
        return Optional.empty();
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
