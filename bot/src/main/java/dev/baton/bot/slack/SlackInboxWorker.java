package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.Managed;
import dev.baton.bot.server.ServerConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the durable inbox moving. Every accepted message is worked on the turn executor under this
 * process's hold; every {@code slack.inbox.poll-every} the holds of messages in work are renewed, and
 * messages nobody works on are taken over: those whose hold ran out (their process died, or Slack
 * failed and the retry is due) and, at once, those an earlier run of this installation held (a
 * restart with the same data directory). The holder name is {@code <installation>/<run>}; the
 * installation part lives in {@code <data-dir>/slack-inbox-holder}.
 *
 * <p>Started after the turn executor and before the HTTP server; on stop it takes nothing new and
 * keeps renewing holds while the turns in work finish (up to {@code server.shutdown-grace}).
 */
public final class SlackInboxWorker implements Managed {
    private static final Logger log = LoggerFactory.getLogger(SlackInboxWorker.class);
    private static final Pattern INSTALLATION = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final int PURGE_EVERY_TICKS = 1000;

    private final SlackInbox inbox;
    private final SlackDeliveries deliveries;
    private final SlackAnswering answering;
    private final SlackTurnExecutor executor;
    private final SlackInboxConfig config;
    private final Duration drain;
    private final int batch;
    private final Clock clock;
    private final Set<String> inWork = ConcurrentHashMap.newKeySet();
    private volatile String holder = "";
    private volatile boolean stopping;
    private volatile ScheduledExecutorService ticker;
    private long ticks;

    SlackInboxWorker(SlackInbox inbox, SlackDeliveries deliveries, SlackAnswering answering, SlackTurnExecutor executor, SlackInboxConfig config,
            SlackConfig slack, ServerConfig server, Clock clock) {
        this.inbox = requireNonNull(inbox, "inbox is null");
        this.deliveries = requireNonNull(deliveries, "deliveries is null");
        this.answering = requireNonNull(answering, "answering is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.config = requireNonNull(config, "config is null");
        this.drain = requireNonNull(server, "server is null").shutdownGrace();
        this.batch = requireNonNull(slack, "slack is null").maxConcurrentTurns() * 4;
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        holder = installation(config.holderFile()) + "/" + UUID.randomUUID();
        stopping = false;
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("slack-inbox").factory());
        ticker.scheduleWithFixedDelay(this::tick, 0, config.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Slack inbox worker {} started (holds last {}, renewed every {})", holder, config.lease(),
                config.pollEvery());
    }

    /** This run's holder name; messages accepted now are held under it. */
    String holder() {
        String current = holder;
        if (current.isEmpty()) {
            throw new SlackException(SlackErrorCode.NOT_ACCEPTING, "The Slack inbox is not running (Baton is starting "
                    + "or stopping)", null);
        }
        return current;
    }

    /** How long from {@code now} a new hold lasts. */
    Instant holdUntil(Instant now) {
        return now.plus(config.lease());
    }

    /**
     * Claims the message for this process before it is stored, so the takeover never starts a second
     * turn for it; false when it is already in work here.
     */
    boolean reserve(String deliveryId) {
        return inWork.add(deliveryId);
    }

    /** Gives up a reservation whose message was not stored (a repeat, a database failure). */
    void release(String deliveryId) {
        inWork.remove(deliveryId);
    }

    /**
     * Starts the turn of a reserved, stored entry. If turns cannot run now (stopping), the entry stays
     * stored and held, and is taken over once its hold runs out.
     */
    void work(InboxEntry entry) {
        try {
            executor.submit("the Slack turn of " + entry.deliveryId(), () -> {
                try {
                    answering.process(entry, holder);
                } finally {
                    inWork.remove(entry.deliveryId());
                }
            });
        } catch (SlackException e) {
            inWork.remove(entry.deliveryId());
            log.warn("Slack message {} stored but not started ({}); it is answered after a restart or by another "
                    + "replica", entry.deliveryId(), e.getMessage());
        }
    }

    /** How many messages are in work in this process now. */
    int inWork() {
        return inWork.size();
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            renewHolds(now);
            if (!stopping) {
                takeOver(now);
            }
            if (++ticks % PURGE_EVERY_TICKS == 0) {
                Instant cutoff = now.minus(SlackDeliveries.KEPT_FOR);
                int entries = inbox.purgeFinishedBefore(cutoff);
                int keys = deliveries.purgeOlderThan(cutoff);
                log.debug("Forgot {} finished Slack messages and {} delivery keys older than {}", entries, keys, cutoff);
            }
        } catch (RuntimeException e) {
            // The database may be down for a while; the next tick tries again.
            log.warn("Slack inbox upkeep failed: {}", e.getMessage());
        }
    }

    private void renewHolds(Instant now) {
        if (inWork.isEmpty()) {
            return;
        }
        List<String> lost = inbox.renew(List.copyOf(inWork), holder, holdUntil(now));
        for (String id : lost) {
            // Either just finished, or not stored yet (reserved), or taken over after a long stall.
            log.debug("Slack message {} is not held by {} (finished, not stored yet, or taken over)", id, holder);
        }
    }

    private void takeOver(Instant now) {
        int room = batch - inWork.size();
        if (room <= 0) {
            return;
        }
        List<InboxEntry> taken = inbox.takeOver(holder, now, holdUntil(now), room, inWork::contains);
        for (InboxEntry entry : taken) {
            if (!inWork.add(entry.deliveryId())) {
                continue;
            }
            log.info("Slack message {} (channel {}, ts {}) taken over on attempt {}: answering it now",
                    entry.deliveryId(), entry.message().channel(), entry.message().ts(), entry.attempt());
            work(entry);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        ScheduledExecutorService current;
        synchronized (this) {
            current = ticker;
            if (current == null) {
                return;
            }
            stopping = true;
        }
        long deadline = System.nanoTime() + drain.toNanos();
        while (!inWork.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!inWork.isEmpty()) {
            log.warn("{} Slack messages still in work after the {} grace period; they are answered after a restart "
                    + "or by another replica", inWork.size(), drain);
        }
        synchronized (this) {
            ticker = null;
            holder = "";
        }
        current.shutdownNow();
        current.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** This installation's name: read from the holder file, or made up and written there on first start. */
    private static String installation(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (INSTALLATION.matcher(stored).matches()) {
                    return stored;
                }
                log.warn("{} does not hold an installation name; making a new one", file);
            }
            String made = UUID.randomUUID().toString();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temporary = Files.createTempFile(parent, "slack-inbox-holder", ".tmp");
            Files.writeString(temporary, made, StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return made;
        } catch (IOException e) {
            String made = UUID.randomUUID().toString();
            log.warn("Could not keep the Slack inbox holder name in {} ({}); after a restart, messages in work wait "
                    + "for their holds ({}) to run out", file, e.getMessage(), "slack.inbox.lease");
            return made;
        }
    }
}
