package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.microsoft.bot.connector.authentication.ChannelValidation;
import dev.baton.bot.Managed;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Teams turns off the request thread, one virtual thread each, so {@code /api/messages} answers
 * at once. Started before the server and stopped after it, so turns in flight finish. On start it
 * points the SDK at the configured signing keys and says, loudly when off, whether requests are checked.
 */
public final class TeamsTurns implements Managed {
    private static final Logger log = LoggerFactory.getLogger(TeamsTurns.class);
    private static final Duration DRAIN = Duration.ofSeconds(20);

    private final TeamsConfig config;
    private ExecutorService executor;

    TeamsTurns(TeamsConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    public synchronized void start() {
        // The SDK keeps this URL in a static field: it is the one global Baton sets, and only here.
        ChannelValidation.setOpenIdMetaDataUrl(config.openIdMetadataUrl().toString());
        executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("teams-turn-", 0).factory());
        if (config.authRequired()) {
            log.info("Teams endpoint /api/messages: Bot Framework tokens required for app {}", config.appId().orElse(""));
        } else {
            log.warn("""

                    ************************************************************************
                    *  TEAMS AUTHENTICATION IS DISABLED (teams.auth = disabled-for-local-testing)
                    *  Anyone who can reach /api/messages can talk to Baton as anyone.
                    *  Use this only with the Agents Playground or Emulator on this machine.
                    ************************************************************************""");
        }
    }

    /** Runs one turn; a failure is logged with its conversation, never lost. */
    void submit(String teamsConversationId, Runnable turn) {
        ExecutorService running;
        synchronized (this) {
            running = executor;
        }
        if (running == null) {
            throw new IllegalStateException("Teams turns are not started");
        }
        try {
            running.execute(() -> {
                try {
                    turn.run();
                } catch (RuntimeException e) {
                    log.error("Teams turn failed in conversation {}", teamsConversationId, e);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("Baton is stopping; the Teams turn was not started", e);
        }
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        if (!executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Teams turns still running after {}; stopping them", DRAIN);
            executor.shutdownNow();
        }
        executor = null;
    }
}
