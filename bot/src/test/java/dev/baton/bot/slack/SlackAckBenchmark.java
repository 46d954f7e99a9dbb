package dev.baton.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Not a test: the ack path's time to 200 under a loopback load of signed Slack events, against the
 * whole application (Bolt's verification, the listeners, the persisted dedupe, the queueing).
 * Prints p50/p90/p99/max per scenario. Run with (from the repository root):
 * <pre>
 * ./mvnw -B -o -q -pl bot -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp bot/target/test-classes:bot/target/classes:$(cat /tmp/cp.txt) dev.baton.bot.slack.SlackAckBenchmark \
 *     [events 1000] [requests in flight 16] [slack.max-concurrent-turns 2]
 * </pre>
 */
public final class SlackAckBenchmark {
    private SlackAckBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        String turns = args.length > 2 ? args[2] : "2";
        try (SlackAppHarness harness = new SlackAppHarness(Map.of("BATON_SLACK_MAX_CONCURRENT_TURNS", turns))) {
            System.out.printf("Slack ack path, %d signed events per scenario, %d in flight, %s turns at once, %d cores%n",
                    events, concurrency, turns, Runtime.getRuntime().availableProcessors());
            run(harness, "warm-up (unknown event type)", 300, concurrency, () -> reaction());
            run(harness, "unknown event type (verify + ack)", events, concurrency, () -> reaction());
            run(harness, "mention, channel not enabled (verify + listener)", events, concurrency,
                    () -> SlackAppHarness.mention(SlackAppHarness.DISABLED_CHANNEL, SlackAppHarness.newTs(), "vpn?"));
            run(harness, "mention retried 4x (dedupe, 1 turn per 4 queued)", events, concurrency, new Retries());
            run(harness, "mention (turn queued; turns run meanwhile)", Math.min(events, 300), concurrency,
                    () -> SlackAppHarness.mention(SlackAppHarness.newChannel(), SlackAppHarness.newTs(),
                            "How do I reset my VPN password?"));
        }
    }

    private static ObjectNode reaction() {
        ObjectNode body = SlackFixtures.json("reaction_added");
        body.put("event_id", SlackAppHarness.newEventId());
        return body;
    }

    /** The same event four times in a row, then the next. */
    private static final class Retries implements Supplier<ObjectNode> {
        private ObjectNode current;
        private int sent;

        @Override
        public synchronized ObjectNode get() {
            if (sent++ % 4 == 0) {
                current = SlackAppHarness.mention(SlackAppHarness.newChannel(), SlackAppHarness.newTs(),
                        "How many days of annual leave do I get?");
            }
            return current;
        }
    }

    private static void run(SlackAppHarness harness, String name, int count, int concurrency, Supplier<ObjectNode> events)
            throws Exception {
        long[] nanos = new long[count];
        Semaphore inFlight = new Semaphore(concurrency);
        List<Future<?>> results = new ArrayList<>();
        int[] failures = new int[1];
        long started = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String body = SlackFixtures.JSON.writeValueAsString(events.get());
                int index = i;
                inFlight.acquire();
                results.add(senders.submit(() -> {
                    try {
                        long start = System.nanoTime();
                        HttpResponse<String> response = harness.slack.json(body);
                        nanos[index] = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            synchronized (failures) {
                                failures[0]++;
                            }
                        }
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures[0]++;
                        }
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Arrays.sort(nanos);
        System.out.printf("%-62s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %5.0f req/s  non-200: %d%n",
                name, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[count - 1] / 1e6,
                count / (took.toNanos() / 1e9), failures[0]);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
