package dev.baton.bot.metrics;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffTicket;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The handoff queue as gauges, read from the database at each scrape so every replica reports the
 * same shared queue: how many requests wait unclaimed, how many are held, and the oldest wait. The
 * gauges hold this object strongly: nothing else keeps it.
 */
final class HandoffQueueGauges {
    private final HandoffService handoffs;
    private final Clock clock;

    HandoffQueueGauges(HandoffService handoffs, Clock clock) {
        this.handoffs = requireNonNull(handoffs, "handoffs is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    void register(MeterRegistry registry) {
        Gauge.builder("baton.handoff.queue.depth", this, gauges -> gauges.count(HandoffState.OPEN))
                .description("Handoff requests waiting for a person to claim them")
                .tag("state", "open")
                .strongReference(true)
                .register(registry);
        Gauge.builder("baton.handoff.queue.depth", this, gauges -> gauges.count(HandoffState.CLAIMED))
                .description("Handoff requests waiting for a person to claim them")
                .tag("state", "claimed")
                .strongReference(true)
                .register(registry);
        Gauge.builder("baton.handoff.queue.oldest.age", this, HandoffQueueGauges::oldestOpenSeconds)
                .description("How long the oldest unclaimed handoff request has waited")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    private double count(HandoffState state) {
        return handoffs.listActive().stream().filter(ticket -> ticket.state() == state).count();
    }

    private double oldestOpenSeconds() {
        List<HandoffTicket> open = handoffs.listActive().stream()
                .filter(ticket -> ticket.state() == HandoffState.OPEN)
                .toList();
        return open.isEmpty() ? 0 : Duration.between(open.getFirst().openedAt(), clock.instant()).toSeconds();
    }
}
