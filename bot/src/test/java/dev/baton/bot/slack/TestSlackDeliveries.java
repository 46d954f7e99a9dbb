package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.storage.DatabaseEngine;
import dev.baton.bot.storage.FreshDatabases;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestSlackDeliveries {
    private static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");
    private static FreshDatabases databases;

    @BeforeAll
    static void startDatabases() {
        databases = new FreshDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void aDeliveryIsTakenOnceByEventIdAndByMessage(DatabaseEngine engine) {
        SlackDeliveries deliveries = new SlackDeliveries(databases.start(engine).jdbi());
        assertThat(deliveries.claim("Ev1", "C1", "1.1", NOW)).isTrue();
        assertThat(deliveries.claim("Ev1", "C1", "1.1", NOW)).as("retry of the same event").isFalse();
        assertThat(deliveries.claim("Ev2", "C1", "1.1", NOW)).as("same message, new event id").isFalse();
        assertThat(deliveries.claim("Ev1", "C1", "1.2", NOW)).as("event id reused").isFalse();
        assertThat(deliveries.claim("Ev3", "C2", "1.1", NOW)).as("same ts in another channel").isTrue();
        assertThat(deliveries.claim("command:abc", NOW)).isTrue();
        assertThat(deliveries.claim("command:abc", NOW)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void concurrentDeliveriesOfOneMessageYieldOneWinner(DatabaseEngine engine) throws Exception {
        SlackDeliveries deliveries = new SlackDeliveries(databases.start(engine).jdbi());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> storm = IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Boolean>) () -> deliveries.claim("Ev" + (i % 2), "C9", "9.9", NOW))
                    .toList();
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(storm)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void deliveriesOlderThanADayAreForgotten(DatabaseEngine engine) {
        SlackDeliveries deliveries = new SlackDeliveries(databases.start(engine).jdbi());
        Instant longAgo = NOW.minus(SlackDeliveries.KEPT_FOR).minusSeconds(1);
        assertThat(deliveries.claim("EvOld", "C1", "1.1", longAgo)).isTrue();
        assertThat(deliveries.claim("EvNew", "C1", "2.2", NOW)).isTrue();
        assertThat(deliveries.purgeOlderThan(NOW.minus(SlackDeliveries.KEPT_FOR))).isEqualTo(2);
        assertThat(deliveries.claim("EvOld", "C1", "1.1", NOW)).as("forgotten").isTrue();
        assertThat(deliveries.claim("EvNew", "C1", "2.2", NOW)).as("kept").isFalse();
    }
}
