package dev.baton.handoff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.Requester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestJdbiHandoffStore {
    private static final Instant OPENED = Instant.parse("2026-11-28T09:15:30.123Z");
    private static final Requester ALICE = new Requester("U-alice", "Alice Example");

    private static MigratedDatabases databases;

    @BeforeAll
    static void startDatabases() {
        databases = new MigratedDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void roundTripsATicketInEveryState(Engine engine) {
        JdbiHandoffStore store = new JdbiHandoffStore(databases.fresh(engine));
        HandoffTicket open = HandoffTicket.open(
                "t-1", "c-1", ALICE, List.of("explicit request: \"talk to a person\"", "confidence 0.21 < 0.45"),
                "Printer on floor 3 shows error E-42 after the toner change; the KB answer did not help.",
                Optional.of("hardware"), OPENED);
        assertThat(store.insertIfNoneActive(open)).isEqualTo(open);
        assertThat(store.find("t-1")).contains(open);

        HandoffTicket claimed = open.claim("U-agent", OPENED.plusSeconds(60));
        assertThat(store.replace(open, claimed)).isTrue();
        assertThat(store.find("t-1")).contains(claimed);

        HandoffTicket resolved = claimed.resolve(OPENED.plusSeconds(600));
        assertThat(store.replace(claimed, resolved)).isTrue();
        assertThat(store.find("t-1")).contains(resolved);
        assertThat(resolved.claimedBy()).contains("U-agent");
        assertThat(resolved.closedAt()).contains(OPENED.plusSeconds(600));

        HandoffTicket bare = HandoffTicket.open("t-2", "c-2", new Requester("U-bob", ""), List.of("negative feedback"),
                "", Optional.empty(), OPENED);
        store.insertIfNoneActive(bare);
        HandoffTicket returned = bare.returnToBot(OPENED.plusMillis(1));
        assertThat(store.replace(bare, returned)).isTrue();
        assertThat(store.find("t-2")).contains(returned);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void findsNothingForAnUnknownTicketOrAConversationWithoutHandoff(Engine engine) {
        JdbiHandoffStore store = new JdbiHandoffStore(databases.fresh(engine));
        assertThat(store.find("missing")).isEmpty();
        assertThat(store.findActive("c-none")).isEmpty();
        assertThat(store.listActive()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keepsOneActiveTicketPerConversation(Engine engine) {
        JdbiHandoffStore store = new JdbiHandoffStore(databases.fresh(engine));
        HandoffTicket first = ticket("t-1", "c-1", OPENED);
        store.insertIfNoneActive(first);

        HandoffTicket second = ticket("t-2", "c-1", OPENED.plusSeconds(5));
        assertThat(store.insertIfNoneActive(second)).isEqualTo(first);
        assertThat(store.find("t-2")).isEmpty();

        HandoffTicket claimed = first.claim("U-agent", OPENED.plusSeconds(10));
        store.replace(first, claimed);
        assertThat(store.insertIfNoneActive(second)).isEqualTo(claimed);

        HandoffTicket resolved = claimed.resolve(OPENED.plusSeconds(20));
        store.replace(claimed, resolved);
        assertThat(store.insertIfNoneActive(second)).isEqualTo(second);
        assertThat(store.findActive("c-1")).contains(second);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void listsActiveTicketsOldestFirst(Engine engine) {
        JdbiHandoffStore store = new JdbiHandoffStore(databases.fresh(engine));
        HandoffTicket newer = ticket("t-newer", "c-1", OPENED.plusSeconds(30));
        HandoffTicket older = ticket("t-older", "c-2", OPENED);
        HandoffTicket closed = ticket("t-closed", "c-3", OPENED.minusSeconds(30));
        store.insertIfNoneActive(newer);
        store.insertIfNoneActive(older);
        store.insertIfNoneActive(closed);
        store.replace(closed, closed.resolve(OPENED));
        HandoffTicket claimed = newer.claim("U-agent", OPENED.plusSeconds(40));
        store.replace(newer, claimed);

        assertThat(store.listActive()).containsExactly(older, claimed);
        HandoffTicket resolved = closed.resolve(OPENED);
        assertThat(store.listByRequester(ALICE.id(), 10)).as("newest first, whatever the state")
                .containsExactly(claimed, older, resolved);
        assertThat(store.listByRequester(ALICE.id(), 1)).containsExactly(claimed);
        assertThat(store.listByRequester("U-nobody", 10)).isEmpty();
        assertThat(store.findLatest("c-3")).contains(resolved);
        assertThat(store.findLatest("c-none")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void refusesAReplaceBasedOnAStaleTicket(Engine engine) {
        JdbiHandoffStore store = new JdbiHandoffStore(databases.fresh(engine));
        HandoffTicket open = ticket("t-1", "c-1", OPENED);
        store.insertIfNoneActive(open);
        assertThat(store.replace(open, open.claim("U-first", OPENED))).isTrue();

        assertThat(store.replace(open, open.claim("U-second", OPENED))).isFalse();
        assertThat(store.find("t-1").orElseThrow().claimedBy()).contains("U-first");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void refusesAReplaceThatIsNotOneTransition(Engine engine) {
        JdbiHandoffStore store = new JdbiHandoffStore(databases.fresh(engine));
        HandoffTicket open = ticket("t-1", "c-1", OPENED);
        HandoffTicket twoOn = open.claim("U-agent", OPENED).unclaim();
        assertThatThrownBy(() -> store.replace(open, twoOn))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one version on");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void exactlyOneOfManyConcurrentClaimersWins(Engine engine) throws Exception {
        JdbiHandoffStore store = new JdbiHandoffStore(databases.fresh(engine));
        int claimers = 12;
        int rounds = 5;
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            for (int round = 0; round < rounds; round++) {
                HandoffTicket open = ticket("t-" + round, "c-" + round, OPENED);
                store.insertIfNoneActive(open);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int claimer = 0; claimer < claimers; claimer++) {
                    String agent = "U-" + claimer;
                    results.add(pool.submit(() -> {
                        go.await();
                        return store.replace(open, open.claim(agent, OPENED.plusSeconds(1)));
                    }));
                }
                go.countDown();
                List<String> winners = new ArrayList<>();
                for (int claimer = 0; claimer < claimers; claimer++) {
                    if (results.get(claimer).get(30, TimeUnit.SECONDS)) {
                        winners.add("U-" + claimer);
                    }
                }
                assertThat(winners).hasSize(1);
                HandoffTicket stored = store.find(open.id()).orElseThrow();
                assertThat(stored.state()).isEqualTo(HandoffState.CLAIMED);
                assertThat(stored.claimedBy()).contains(winners.getFirst());
                assertThat(stored.version()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void concurrentOpensForOneConversationLeaveOneActiveTicket(Engine engine) throws Exception {
        Jdbi jdbi = databases.fresh(engine);
        JdbiHandoffStore store = new JdbiHandoffStore(jdbi);
        int openers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HandoffTicket>> results = new ArrayList<>();
            for (int opener = 0; opener < openers; opener++) {
                HandoffTicket candidate = ticket("t-" + opener, "c-1", OPENED);
                results.add(pool.submit(() -> {
                    go.await();
                    return store.insertIfNoneActive(candidate);
                }));
            }
            go.countDown();
            List<String> returnedIds = new ArrayList<>();
            for (Future<HandoffTicket> result : results) {
                returnedIds.add(result.get(30, TimeUnit.SECONDS).id());
            }
            assertThat(returnedIds).containsOnly(returnedIds.getFirst());
            int rows = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM handoff_tickets")
                    .mapTo(Integer.class)
                    .one());
            assertThat(rows).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void refusesToInsertAClosedTicket(Engine engine) {
        JdbiHandoffStore store = new JdbiHandoffStore(databases.fresh(engine));
        HandoffTicket resolved = ticket("t-1", "c-1", OPENED).resolve(OPENED);
        assertThatThrownBy(() -> store.insertIfNoneActive(resolved))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only an open or claimed ticket");
    }

    private static HandoffTicket ticket(String id, String conversationId, Instant openedAt) {
        return HandoffTicket.open(
                id, conversationId, ALICE, List.of("explicit request"), "Needs a human", Optional.empty(), openedAt);
    }
}
