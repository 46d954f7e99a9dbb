package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.testing.BatonProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: a real Baton process (SQLite, Lucene, Slack pointed at a {@link CapturedSlackApi})
 * is killed with {@code kill -9} at random points while signed events stream in, and restarted;
 * Slack's retries are played as Slack plays them. Afterwards every message has been answered, and
 * no part of any reply was posted twice. The seed is printed; {@code -Dbaton.faults.seed=N} replays a run.
 */
@Tag("slow")
class TestSlackCrashRecovery {
    private static final int MESSAGES = 60;
    private static final int KILLS = 3;

    @Test
    void killedAtRandomPointsItAnswersEveryAcceptedMessageExactlyOnce(@TempDir Path root) throws Exception {
        long seed = Long.getLong("baton.faults.seed", System.nanoTime());
        System.out.println("TestSlackCrashRecovery seed: " + seed);
        Random random = new Random(seed);
        String channel = SlackAppHarness.newChannel();
        List<SlackTraffic.Sent> sent = SlackTraffic.mentions(channel, MESSAGES);
        AtomicInteger deliveries = new AtomicInteger();
        try (CapturedSlackApi api = new CapturedSlackApi()) {
            Map<String, String> env = SlackTraffic.environment(api, SlackTraffic.knowledgeBase(root));
            env.put("BATON_DATA_DIR", Files.createDirectories(root.resolve("data")).toString());
            try (BatonProcess baton = new BatonProcess("crash-recovery", env)) {
                baton.start();
                SignedSlackClient slack = new SignedSlackClient(baton.baseUri(), SlackTraffic.SECRET);
                ExecutorService sender = Executors.newSingleThreadExecutor();
                Future<?> streaming = sender.submit(() -> {
                    for (SlackTraffic.Sent event : sent) {
                        deliveries.addAndGet(SlackTraffic.deliver(event, () -> slack));
                        Thread.sleep(40);
                    }
                    return null;
                });
                for (int kill = 0; kill < KILLS && !streaming.isDone(); kill++) {
                    Thread.sleep(300 + random.nextInt(1500));
                    baton.kill();
                    Thread.sleep(random.nextInt(500));
                    baton.start();
                }
                streaming.get(5, TimeUnit.MINUTES);
                sender.shutdown();

                SlackTraffic.awaitEveryMessageAnswered(api, channel, sent, Duration.ofSeconds(60));
                // Long enough for any late duplicate (a hold running out) to show.
                Thread.sleep(Duration.ofSeconds(6));
            }
            System.out.printf("TestSlackCrashRecovery: %d messages, %d deliveries (%d retries), %d kills, %d replies%n",
                    MESSAGES, deliveries.get(), deliveries.get() - MESSAGES, KILLS,
                    api.calls("chat.postMessage", c -> channel.equals(c.params().get("channel"))).size());
            assertThat(deliveries.get()).as("Slack had to retry while Baton was down").isGreaterThan(MESSAGES);
            SlackTraffic.assertExactlyOnce(api, channel, sent);
        }
    }
}
