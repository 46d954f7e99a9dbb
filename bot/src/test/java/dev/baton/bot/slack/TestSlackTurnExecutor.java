package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bot.server.ServerConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestSlackTurnExecutor {
    private static SlackTurnExecutor executor(int concurrentTurns) {
        SlackConfig config = new SlackConfig(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, "/human", 4000, concurrentTurns, ChannelSettings.defaults());
        return new SlackTurnExecutor(config, new ServerConfig("127.0.0.1", 0, Duration.ofSeconds(10), 1024 * 1024));
    }

    @Test
    void runsAtMostTheConfiguredTurnsAtOnceAndDrainsOnStop() throws Exception {
        SlackTurnExecutor executor = executor(2);
        executor.start();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            executor.submit("task " + i, () -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.incrementAndGet();
            });
        }
        executor.stop();
        assertThat(done).hasValue(8);
        assertThat(most.get()).isBetween(1, 2);
    }

    @Test
    void aFailingTaskDoesNotStopTheOthers() throws Exception {
        SlackTurnExecutor executor = executor(1);
        executor.start();
        AtomicInteger done = new AtomicInteger();
        executor.submit("failing", () -> {
            throw new IllegalStateException("boom");
        });
        executor.submit("fine", done::incrementAndGet);
        executor.stop();
        assertThat(done).hasValue(1);
    }

    @Test
    void refusesWorkWhenNotRunning() throws Exception {
        SlackTurnExecutor executor = executor(1);
        assertThatThrownBy(() -> executor.submit("early", () -> {}))
                .isInstanceOf(SlackException.class).hasMessageContaining("not running");
        executor.start();
        executor.stop();
        assertThatThrownBy(() -> executor.submit("late", () -> {}))
                .isInstanceOf(SlackException.class)
                .satisfies(e -> assertThat(((SlackException) e).code()).isEqualTo(SlackErrorCode.NOT_ACCEPTING));
    }
}
