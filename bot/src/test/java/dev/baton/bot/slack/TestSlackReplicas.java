package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.testing.BatonProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real Baton processes share one PostgreSQL (each with its own Lucene index, as with a
 * Qdrant-less deployment) behind a load balancer that sends each event to either one — and, as
 * Slack's retries and redeliveries do, sometimes to both, or again under a new event id. Halfway
 * through, one replica is killed with {@code kill -9} and not restarted: the other takes over what it
 * held once the holds run out. Every message is answered, no part twice.
 */
@Tag("slow")
class TestSlackReplicas {
    private static final int MESSAGES = 60;

    @Test
    void twoReplicasOnOnePostgresAnswerEachMessageOnceEvenWhenOneDies(@TempDir Path root) throws Exception {
        long seed = Long.getLong("baton.faults.seed", System.nanoTime());
        System.out.println("TestSlackReplicas seed: " + seed);
        Random random = new Random(seed);
        String channel = SlackAppHarness.newChannel();
        List<SlackTraffic.Sent> sent = SlackTraffic.mentions(channel, MESSAGES);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(); CapturedSlackApi api = new CapturedSlackApi()) {
            Path kb = SlackTraffic.knowledgeBase(root);
            BatonProcess[] replicas = new BatonProcess[2];
            for (int i = 0; i < 2; i++) {
                Map<String, String> env = SlackTraffic.environment(api, kb);
                env.put("BATON_DATA_DIR", Files.createDirectories(root.resolve("replica-" + i)).toString());
                env.put("DATABASE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
                env.put("DATABASE_USERNAME", "postgres");
                replicas[i] = new BatonProcess("replica-" + i, env);
            }
            try (BatonProcess first = replicas[0]; BatonProcess second = replicas[1]) {
                first.start();
                second.start();
                SignedSlackClient[] clients = {
                    new SignedSlackClient(first.baseUri(), SlackTraffic.SECRET),
                    new SignedSlackClient(second.baseUri(), SlackTraffic.SECRET)};
                AtomicBoolean secondDown = new AtomicBoolean();
                ExecutorService senders = Executors.newFixedThreadPool(3);
                Future<?> streaming = senders.submit(() -> {
                    for (SlackTraffic.Sent event : sent) {
                        int pick = random.nextInt(2);
                        SignedSlackClient balanced = secondDown.get() ? clients[0] : clients[pick];
                        int roll = random.nextInt(10);
                        if (roll < 2 && !secondDown.get()) {
                            // The same event at both replicas at once (a retry crossing the original).
                            Future<Integer> other = senders.submit(() -> SlackTraffic.deliver(event,
                                    () -> secondDown.get() ? clients[0] : clients[1 - pick]));
                            SlackTraffic.deliver(event, () -> secondDown.get() ? clients[0] : balanced);
                            other.get();
                        } else if (roll == 2) {
                            // Redelivered under a new event id, as Slack has done in incidents.
                            SlackTraffic.deliver(event, () -> secondDown.get() ? clients[0] : balanced);
                            com.fasterxml.jackson.databind.node.ObjectNode again = event.body().deepCopy();
                            again.put("event_id", SlackAppHarness.newEventId());
                            SlackTraffic.deliver(new SlackTraffic.Sent(again.get("event_id").asText(), event.ts(), again),
                                    () -> secondDown.get() ? clients[0] : clients[1 - pick]);
                        } else {
                            SlackTraffic.deliver(event, () -> secondDown.get() ? clients[0] : balanced);
                        }
                        Thread.sleep(40);
                    }
                    return null;
                });
                Thread.sleep(1000 + random.nextInt(1500));
                second.kill();
                secondDown.set(true);
                streaming.get(5, TimeUnit.MINUTES);
                senders.shutdown();

                SlackTraffic.awaitEveryMessageAnswered(api, channel, sent, Duration.ofSeconds(60));
                Thread.sleep(Duration.ofSeconds(6));
                assertThat(first.alive()).isTrue();
            }
            System.out.printf("TestSlackReplicas: %d messages, %d replies%n", MESSAGES,
                    api.calls("chat.postMessage", c -> channel.equals(c.params().get("channel"))).size());
            SlackTraffic.assertExactlyOnce(api, channel, sent);
        }
    }
}
