package dev.baton.bot.handoff;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import dev.baton.bot.Managed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the SLA timers every half minute and re-pages for requests that waited too long. The
 * timers live in the database, so a restart carries on where it stopped, and several replicas can
 * all run this: each breach is taken by exactly one of them.
 */
public final class SlaPager implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(SlaPager.class);
    static final Duration INTERVAL = Duration.ofSeconds(30);

    private final HandoffCoordinator coordinator;
    private ScheduledExecutorService scheduler;

    @Inject
    public SlaPager(HandoffCoordinator coordinator) {
        this.coordinator = requireNonNull(coordinator, "coordinator is null");
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sla-pager").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::checkOnce, INTERVAL.toSeconds(), INTERVAL.toSeconds(), TimeUnit.SECONDS);
    }

    /** One round: pages for every breach now due. Never throws, so the schedule keeps running. */
    void checkOnce() {
        try {
            int paged = coordinator.pageBreaches();
            if (paged > 0) {
                LOG.info("Re-paged the on-call team for {} requests past their SLA", paged);
            }
        } catch (RuntimeException e) {
            LOG.error("SLA check failed; trying again in {} s", INTERVAL.toSeconds(), e);
        }
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
            scheduler = null;
        }
    }
}
