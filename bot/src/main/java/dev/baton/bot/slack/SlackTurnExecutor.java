package dev.baton.bot.slack;

import dev.baton.bot.Managed;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Slack turns run after the 200 went back: one virtual thread per turn, named
 * {@code slack-turn-N}. Started before the HTTP server and stopped after it, so turns already
 * acknowledged finish (up to the grace period) before Baton exits.
 */
public final class SlackTurnExecutor implements Managed {
    private static final Logger log = LoggerFactory.getLogger(SlackTurnExecutor.class);
    private static final Duration DRAIN = Duration.ofSeconds(30);

    private volatile ExecutorService executor;

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
                    task.run();
                } catch (RuntimeException e) {
                    log.error("Slack task {} failed", what, e);
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
        if (!current.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Slack turns still running after {}; interrupting them", DRAIN);
            current.shutdownNow();
        }
    }
}
