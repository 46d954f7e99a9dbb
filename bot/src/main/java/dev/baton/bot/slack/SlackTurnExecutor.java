package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.Managed;
import dev.baton.bot.server.ServerConfig;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Slack turns run after the 200 went back: one virtual thread per turn, named
 * {@code slack-turn-N}, at most {@code slack.max-concurrent-turns} working at once (the rest wait
 * their turn), so a burst of questions cannot starve the threads that acknowledge Slack's
 * requests. Started before the HTTP server and stopped after it, so turns already acknowledged
 * finish (up to {@code server.shutdown-grace}) before Baton exits.
 */
public final class SlackTurnExecutor implements Managed {
    private static final Logger log = LoggerFactory.getLogger(SlackTurnExecutor.class);

    private final Semaphore working;
    private final Duration drain;
    private volatile ExecutorService executor;

    @Inject
    public SlackTurnExecutor(SlackConfig config, ServerConfig server) {
        requireNonNull(config, "config is null");
        requireNonNull(server, "server is null");
        this.working = new Semaphore(config.maxConcurrentTurns(), true);
        this.drain = server.shutdownGrace();
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("slack-turn-", 1).factory());
        }
    }

    /** Runs the task soon; a failure inside it is the task's to report (this only logs what escapes). */
    public void submit(String what, Runnable task) {
        ExecutorService current = executor;
        if (current == null) {
            throw new SlackException(SlackErrorCode.NOT_ACCEPTING, "Cannot run " + what + ": Slack turns are not "
                    + "running (Baton is starting or stopping)", null);
        }
        try {
            current.execute(() -> {
                try {
                    working.acquire();
                } catch (InterruptedException e) {
                    log.warn("Slack task {} dropped: Baton stopped before it could start", what);
                    Thread.currentThread().interrupt();
                    return;
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("Slack task {} failed", what, e);
                } finally {
                    working.release();
                }
            });
        } catch (RejectedExecutionException e) {
            throw new SlackException(SlackErrorCode.NOT_ACCEPTING, "Cannot run " + what + ": Baton is stopping", e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        ExecutorService current;
        synchronized (this) {
            current = executor;
            executor = null;
        }
        if (current == null) {
            return;
        }
        current.shutdown();
        if (!current.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Slack turns still running after the {} grace period (server.shutdown-grace); interrupting "
                    + "them", drain);
            current.shutdownNow();
        }
    }
}
