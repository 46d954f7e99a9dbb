package dev.baton.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import dev.baton.knowledge.answer.Citation;
import dev.baton.knowledge.ingest.ChunkKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestJdbiConversationStore {
    private static final Instant NOW = Instant.parse("2026-11-28T09:30:00.250Z");
    private static final ConversationKey KEY = new ConversationKey(Surface.SLACK, "T0001", "C0123", "1764322200.000100");
    private static final Participant ALICE = new Participant("U-alice", "Alice Example");
    private static final CustomerContext FULL_CONTEXT = new CustomerContext(
            Optional.of("Head of Finance"), Optional.of("Europe/Berlin"), Optional.of("ACME GmbH"), Optional.of("enterprise"),
            true, Optional.of("payroll"), Set.of("finance", "eu"), List.of("INC-1001", "INC-0999"));

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
    void startsAConversationOnceAndFindsItAgain(DatabaseEngine engine) {
        JdbiConversationStore store = store(engine);
        Conversation started = store.findOrStart(KEY, ALICE, FULL_CONTEXT, NOW);

        assertThat(started).isEqualTo(new Conversation(started.id(), KEY, ALICE, FULL_CONTEXT, NOW));
        assertThat(store.find(started.id())).contains(started);
        Conversation again = store.findOrStart(KEY, new Participant("U-bob", "Bob"), FULL_CONTEXT, NOW.plusSeconds(60));
        assertThat(again).isEqualTo(started);
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void tellsConversationsApartByEveryPartOfTheKey(DatabaseEngine engine) {
        JdbiConversationStore store = store(engine);
        List<ConversationKey> keys = List.of(
                KEY,
                new ConversationKey(Surface.TEAMS, KEY.workspace(), KEY.channel(), KEY.thread()),
                new ConversationKey(KEY.surface(), "T0002", KEY.channel(), KEY.thread()),
                new ConversationKey(KEY.surface(), KEY.workspace(), "C0456", KEY.thread()),
                new ConversationKey(KEY.surface(), KEY.workspace(), KEY.channel(), ""));
        List<String> ids = keys.stream()
                .map(key -> store.findOrStart(key, ALICE, CustomerContext.unknown(), NOW).id())
                .toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (int index = 0; index < keys.size(); index++) {
            assertThat(store.find(ids.get(index)).orElseThrow().key()).isEqualTo(keys.get(index));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void refreshesTheContextWhenGivenAnewButNeverErasesIt(DatabaseEngine engine) {
        JdbiConversationStore store = store(engine);
        Conversation started = store.findOrStart(KEY, ALICE, CustomerContext.unknown(), NOW);
        assertThat(started.context()).isEqualTo(CustomerContext.unknown());

        Conversation refreshed = store.findOrStart(KEY, ALICE, FULL_CONTEXT, NOW.plusSeconds(5));
        assertThat(refreshed.context()).isEqualTo(FULL_CONTEXT);
        assertThat(refreshed.startedAt()).isEqualTo(NOW);
        assertThat(store.find(started.id()).orElseThrow().context()).isEqualTo(FULL_CONTEXT);

        assertThat(store.findOrStart(KEY, ALICE, CustomerContext.unknown(), NOW.plusSeconds(10)).context())
                .isEqualTo(FULL_CONTEXT);
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void keepsTimesToTheMillisecond(DatabaseEngine engine) {
        JdbiConversationStore store = store(engine);
        Conversation started = store.findOrStart(KEY, ALICE, CustomerContext.unknown(), NOW.plusNanos(123_456));
        assertThat(started.startedAt()).isEqualTo(NOW);
        assertThat(store.find(started.id()).orElseThrow().startedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void roundTripsEveryFieldOfEveryKindOfMessage(DatabaseEngine engine) {
        JdbiConversationStore store = store(engine);
        String conversationId = store.findOrStart(KEY, ALICE, FULL_CONTEXT, NOW).id();
        List<Message> messages = List.of(
                new Message("m-1", conversationId, MessageRole.USER, "U-alice",
                        "Payroll export fails with \"E-17\" 😞\nsince Monday", NOW, List.of(), Optional.empty()),
                new Message("m-2", conversationId, MessageRole.ASSISTANT, "B-baton", "Try re-running the export [1][2].",
                        NOW.plusMillis(1), List.of(
                                new Citation(1, "Payroll export", "https://kb.example.com/payroll#export", "Errors",
                                        "E-17 means the period is locked", ChunkKind.DOCUMENT),
                                new Citation(2, "INC-0999", "tickets/INC-0999", "", "Unlocked the period",
                                        ChunkKind.TICKET)),
                        Optional.of(0.8125)),
                new Message("m-3", conversationId, MessageRole.HUMAN_AGENT, "U-agent", "I'll unlock it.",
                        NOW.plusSeconds(60), List.of(), Optional.of(0.0)),
                new Message("m-4", conversationId, MessageRole.SYSTEM, "", "", NOW.plusSeconds(61), List.of(),
                        Optional.empty()));
        messages.forEach(store::append);

        assertThat(store.history(conversationId, 10)).containsExactlyElementsOf(messages);
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void returnsTheNewestMessagesOldestFirst(DatabaseEngine engine) {
        JdbiConversationStore store = store(engine);
        String conversationId = store.findOrStart(KEY, ALICE, CustomerContext.unknown(), NOW).id();
        // Appended out of order, as events from a surface can arrive: history follows the message times.
        for (int second : new int[] {3, 1, 5, 2, 4}) {
            store.append(message(conversationId, "m-" + second, NOW.plusSeconds(second)));
        }

        assertThat(store.history(conversationId, 3)).extracting(Message::id).containsExactly("m-3", "m-4", "m-5");
        assertThat(store.history(conversationId, 100)).extracting(Message::id)
                .containsExactly("m-1", "m-2", "m-3", "m-4", "m-5");
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void keepsArrivalOrderForMessagesOfTheSameMillisecond(DatabaseEngine engine) {
        JdbiConversationStore store = store(engine);
        String conversationId = store.findOrStart(KEY, ALICE, CustomerContext.unknown(), NOW).id();
        List<String> ids = List.of("m-z", "m-a", "m-m", "m-b");
        ids.forEach(id -> store.append(message(conversationId, id, NOW)));

        assertThat(store.history(conversationId, 10)).extracting(Message::id).containsExactlyElementsOf(ids);
        assertThat(store.history(conversationId, 2)).extracting(Message::id).containsExactly("m-m", "m-b");
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void ignoresARedeliveredMessage(DatabaseEngine engine) {
        JdbiConversationStore store = store(engine);
        String conversationId = store.findOrStart(KEY, ALICE, CustomerContext.unknown(), NOW).id();
        Message message = message(conversationId, "m-1", NOW);
        store.append(message);
        store.append(message);

        assertThat(store.history(conversationId, 10)).containsExactly(message);
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void refusesAMessageForAConversationNeverStarted(DatabaseEngine engine) {
        JdbiConversationStore store = store(engine);
        assertThatThrownBy(() -> store.append(message("c-missing", "m-1", NOW)))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.code()).isEqualTo(StorageErrorCode.UNKNOWN_CONVERSATION))
                .hasMessage("Cannot append message m-1: conversation c-missing does not exist; start it with "
                        + "findOrStart first");
        assertThat(store.find("c-missing")).isEmpty();
        assertThat(store.history("c-missing", 5)).isEmpty();
        assertThatThrownBy(() -> store.history("c-missing", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void startsOneConversationWhenTwoFirstMessagesRace(DatabaseEngine engine) throws Exception {
        Jdbi jdbi = databases.start(engine).jdbi();
        JdbiConversationStore store = new JdbiConversationStore(jdbi);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                ConversationKey key = new ConversationKey(Surface.SLACK, "T1", "C1", "thread-" + round);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Conversation>> racers = new ArrayList<>();
                for (String user : List.of("U-1", "U-2")) {
                    racers.add(pool.submit(() -> {
                        go.await();
                        return store.findOrStart(key, new Participant(user, user), CustomerContext.unknown(), NOW);
                    }));
                }
                go.countDown();
                Conversation first = racers.get(0).get(30, TimeUnit.SECONDS);
                Conversation second = racers.get(1).get(30, TimeUnit.SECONDS);
                assertThat(second).isEqualTo(first);
            }
            long rows = jdbi.withHandle(handle -> handle.select("SELECT COUNT(*) FROM conversations")
                    .mapTo(Long.class)
                    .one());
            assertThat(rows).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void numbersConcurrentAppendsWithoutLosingAny(DatabaseEngine engine) throws Exception {
        Jdbi jdbi = databases.start(engine).jdbi();
        JdbiConversationStore store = new JdbiConversationStore(jdbi);
        String conversationId = store.findOrStart(KEY, ALICE, CustomerContext.unknown(), NOW).id();
        int writers = 6;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int w = writer;
                done.add(pool.submit(() -> {
                    go.await();
                    IntStream.range(0, each)
                            .forEach(n -> store.append(message(conversationId, "m-" + w + "-" + n, NOW)));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.history(conversationId, 1000)).hasSize(writers * each);
        List<Long> sequence = jdbi.withHandle(handle -> handle.select("SELECT seq FROM messages ORDER BY seq")
                .mapTo(Long.class)
                .list());
        assertThat(sequence).containsExactlyElementsOf(
                IntStream.rangeClosed(1, writers * each).mapToObj(Long::valueOf).toList());
    }

    private static JdbiConversationStore store(DatabaseEngine engine) {
        return new JdbiConversationStore(databases.start(engine).jdbi());
    }

    private static Message message(String conversationId, String id, Instant at) {
        return new Message(id, conversationId, MessageRole.USER, "U-alice", "text of " + id, at, List.of(),
                Optional.empty());
    }
}
