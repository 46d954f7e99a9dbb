package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import dev.baton.bot.storage.DatabaseEngine;
import dev.baton.bot.storage.FreshDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestSlackInbox {
    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");
    private static final Instant HOLD = NOW.plusSeconds(30);
    private static final String ME = "install-a/run-1";
    private static FreshDatabases databases;

    @BeforeAll
    static void startDatabases() {
        databases = new FreshDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    private static SlackInbound message(String eventId, String channel, String ts) {
        return new SlackInbound(eventId, "T1", channel, false, "U1", "How do I reset my VPN password?", ts,
                Optional.empty(), true, false);
    }

    private static SlackInbox inbox(DatabaseEngine engine) {
        return new SlackInbox(databases.start(engine).jdbi());
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void aMessageIsAcceptedOnceByEventIdAndByChannelAndTs(DatabaseEngine engine) {
        SlackInbox inbox = inbox(engine);
        Optional<InboxEntry> first = inbox.accept(message("Ev1", "C1", "1.1"), NOW, ME, HOLD);
        assertThat(first).get().satisfies(entry -> {
            assertThat(entry.deliveryId()).isEqualTo("event:Ev1");
            assertThat(entry.attempt()).isEqualTo(1);
            assertThat(entry.reply()).isEmpty();
        });
        assertThat(inbox.accept(message("Ev1", "C1", "1.1"), NOW, ME, HOLD)).as("a retry").isEmpty();
        assertThat(inbox.accept(message("Ev2", "C1", "1.1"), NOW, ME, HOLD)).as("redelivered, new event id").isEmpty();
        assertThat(inbox.accept(message("Ev3", "C2", "1.1"), NOW, ME, HOLD)).as("same ts elsewhere").isPresent();
        assertThat(inbox.unfinished()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void concurrentDeliveriesOfOneMessageAreAcceptedOnce(DatabaseEngine engine) throws Exception {
        SlackInbox inbox = inbox(engine);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> storm = IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Boolean>) () ->
                            inbox.accept(message("Ev" + (i % 2), "C9", "9.9"), NOW, ME, HOLD).isPresent())
                    .toList();
            long accepted = 0;
            for (Future<Boolean> result : pool.invokeAll(storm)) {
                accepted += result.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void aHeldMessageIsTakenOverOnlyWhenItsHoldRunsOutAndByOneWorker(DatabaseEngine engine) throws Exception {
        SlackInbox inbox = inbox(engine);
        inbox.accept(message("Ev1", "C1", "1.1"), NOW, "install-b/run-1", HOLD);
        assertThat(inbox.takeOver(ME, NOW.plusSeconds(10), NOW.plusSeconds(40), 10, id -> false))
                .as("still held by the other process").isEmpty();

        Instant later = HOLD.plusSeconds(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> workers = IntStream.range(0, 3)
                    .mapToObj(i -> (Callable<Integer>) () ->
                            inbox.takeOver("install-" + i + "x/run", later, later.plusSeconds(30), 10, id -> false).size())
                    .toList();
            int taken = 0;
            for (Future<Integer> result : pool.invokeAll(workers)) {
                taken += result.get();
            }
            assertThat(taken).as("one worker wins the expired hold").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(inbox.takeOver(ME, later, later.plusSeconds(30), 10, id -> false)).as("held again").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void aRestartedProcessTakesBackItsOwnMessagesAtOnceWithTheReplyItPlanned(DatabaseEngine engine) {
        SlackInbox inbox = inbox(engine);
        inbox.accept(message("Ev1", "C1", "1.1"), NOW, "install-a/run-0", HOLD);
        inbox.accept(message("Ev2", "C1", "2.2"), NOW, "install-b/run-0", HOLD);
        PlannedReply reply = new PlannedReply("C1", Optional.of("1.1"), Optional.empty(), List.of(
                new SlackMessage("part one", List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText("one"))))),
                new SlackMessage("part two", List.of())));
        inbox.planned("event:Ev1", "install-a/run-0", reply);
        inbox.posted("event:Ev1", "install-a/run-0", 1);

        List<InboxEntry> taken = inbox.takeOver(ME, NOW.plusSeconds(1), NOW.plusSeconds(31), 10, id -> false);

        assertThat(taken).as("only this installation's message, before its hold ran out").singleElement()
                .satisfies(entry -> {
                    assertThat(entry.deliveryId()).isEqualTo("event:Ev1");
                    assertThat(entry.attempt()).isEqualTo(2);
                    assertThat(entry.resumed()).isTrue();
                    assertThat(entry.posted()).isEqualTo(1);
                    assertThat(entry.reply()).contains(reply);
                });
        assertThat(inbox.takeOver(ME, NOW.plusSeconds(2), NOW.plusSeconds(32), 10, id -> false))
                .as("the current run's own holds wait for their time").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void onlyTheHolderChangesAnEntryAndAFinishedOneIsNeverTakenAgain(DatabaseEngine engine) {
        SlackInbox inbox = inbox(engine);
        inbox.accept(message("Ev1", "C1", "1.1"), NOW, ME, HOLD);
        assertThatThrownBy(() -> inbox.posted("event:Ev1", "install-z/run-9", 1))
                .isInstanceOfSatisfying(SlackException.class,
                        e -> assertThat(e.code()).isEqualTo(SlackErrorCode.INBOX_HOLD_LOST));
        assertThat(inbox.renew(List.of("event:Ev1", "event:missing"), ME, HOLD.plusSeconds(30)))
                .containsExactly("event:missing");

        inbox.finished("event:Ev1", ME, NOW);
        assertThat(inbox.unfinished()).isZero();
        assertThat(inbox.takeOver(ME, HOLD.plusSeconds(600), HOLD.plusSeconds(630), 10, id -> false)).isEmpty();
        assertThat(inbox.purgeFinishedBefore(NOW.plusSeconds(1))).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void messagesInWorkHereAreSkipped(DatabaseEngine engine) {
        SlackInbox inbox = inbox(engine);
        inbox.accept(message("Ev1", "C1", "1.1"), NOW, ME, NOW.minusSeconds(1));
        assertThat(inbox.takeOver(ME, NOW, HOLD, 10, "event:Ev1"::equals)).isEmpty();
        assertThat(inbox.takeOver(ME, NOW, HOLD, 10, id -> false)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void aDamagedEntryIsGivenUpInsteadOfBlockingTheOthers(DatabaseEngine engine) {
        var jdbi = databases.start(engine).jdbi();
        SlackInbox inbox = new SlackInbox(jdbi);
        inbox.accept(message("Ev1", "C1", "1.1"), NOW, "install-b/run-1", NOW);
        inbox.accept(message("Ev2", "C1", "2.2"), NOW.plusMillis(1), "install-b/run-1", NOW);
        jdbi.useHandle(handle -> handle.execute("UPDATE slack_inbox SET payload = '{broken' WHERE delivery_id = 'event:Ev1'"));

        assertThat(inbox.takeOver(ME, NOW.plusSeconds(1), HOLD, 10, id -> false))
                .extracting(InboxEntry::deliveryId).containsExactly("event:Ev2");
        assertThat(inbox.unfinished()).as("the damaged one is finished, the good one still in work").isEqualTo(1);
        assertThat(inbox.takeOver(ME, HOLD.plusSeconds(1), HOLD.plusSeconds(30), 10, id -> false))
                .extracting(InboxEntry::deliveryId).containsExactly("event:Ev2");
    }
}
