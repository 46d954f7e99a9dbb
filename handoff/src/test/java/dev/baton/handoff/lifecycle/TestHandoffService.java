package dev.baton.handoff.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ErrorCategory;
import dev.baton.handoff.store.Engine;
import dev.baton.handoff.store.JdbiHandoffStore;
import dev.baton.handoff.store.JdbiSlaTimerStore;
import dev.baton.handoff.store.MigratedDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestHandoffService {
    private static final Requester ALICE = new Requester("U-alice", "Alice");
    private static final List<String> REASONS = List.of("explicit request: /human");

    private static MigratedDatabases databases;

    private SettableClock clock;
    private HandoffService service;

    /** A service with a 15-minute SLA, staffed around the clock, paging #oncall. */
    static HandoffService serviceOn(Jdbi jdbi, Clock clock) {
        HandoffConfig config = new HandoffConfig(Optional.of("#oncall"), Duration.ofMinutes(15),
                new BusinessHours(LocalTime.of(0, 0), LocalTime.of(23, 59)), ZoneOffset.UTC,
                new OnCallRota(List.of(new OnCall("default", 1, Optional.of("#oncall"), List.of(), Optional.empty(),
                        new BusinessHours(LocalTime.of(0, 0), LocalTime.of(23, 59)), ZoneOffset.UTC))));
        return new HandoffService(new JdbiHandoffStore(jdbi), new JdbiSlaTimerStore(jdbi), config, clock);
    }

    @BeforeAll
    static void startDatabases() {
        databases = new MigratedDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    @BeforeEach
    void createService() {
        // Nanoseconds on purpose: the service must hand back what the store keeps (milliseconds).
        clock = new SettableClock(Instant.parse("2026-11-28T10:00:00.123456789Z"));
        service = serviceOn(databases.fresh(Engine.SQLITE), clock);
    }

    @Test
    void opensATicketStampedWithTheClock() {
        HandoffTicket ticket = service.open("c-1", ALICE, REASONS, "VPN drops every hour", Optional.of("network"));

        assertThat(ticket.state()).isEqualTo(HandoffState.OPEN);
        assertThat(ticket.conversationId()).isEqualTo("c-1");
        assertThat(ticket.requester()).isEqualTo(ALICE);
        assertThat(ticket.reasons()).isEqualTo(REASONS);
        assertThat(ticket.category()).contains("network");
        assertThat(ticket.openedAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00.123Z"));
        assertThat(service.find(ticket.id())).contains(ticket);
        assertThat(service.activeFor("c-1")).contains(ticket);
    }

    @Test
    void openingAgainReturnsTheActiveTicket() {
        HandoffTicket first = service.open("c-1", ALICE, REASONS, "first", Optional.empty());
        clock.advance(Duration.ofMinutes(1));

        assertThat(service.open("c-1", ALICE, List.of("negative feedback"), "second", Optional.empty()))
                .isEqualTo(first);
        assertThat(service.listActive()).containsExactly(first);
    }

    @Test
    void walksATicketThroughClaimUnclaimClaimResolve() {
        HandoffTicket open = service.open("c-1", ALICE, REASONS, "", Optional.empty());
        clock.advance(Duration.ofSeconds(30));
        HandoffTicket claimed = service.claim(open.id(), "U-ann");
        assertThat(claimed.claimedBy()).contains("U-ann");
        assertThat(claimed.claimedAt()).contains(Instant.parse("2026-11-28T10:00:30.123Z"));

        HandoffTicket unclaimed = service.unclaim(open.id());
        assertThat(unclaimed.state()).isEqualTo(HandoffState.OPEN);

        clock.advance(Duration.ofSeconds(30));
        service.claim(open.id(), "U-bob");
        clock.advance(Duration.ofMinutes(10));
        HandoffTicket resolved = service.resolve(open.id());

        assertThat(resolved.state()).isEqualTo(HandoffState.RESOLVED);
        assertThat(resolved.claimedBy()).contains("U-bob");
        assertThat(resolved.closedAt()).contains(Instant.parse("2026-11-28T10:11:00.123Z"));
        assertThat(resolved.version()).isEqualTo(4);
        assertThat(service.find(open.id())).contains(resolved);
        assertThat(service.activeFor("c-1")).isEmpty();
        assertThat(service.listActive()).isEmpty();
    }

    @Test
    void returningToTheBotClosesTheTicketAndAllowsANewOne() {
        HandoffTicket open = service.open("c-1", ALICE, REASONS, "", Optional.empty());
        HandoffTicket returned = service.returnToBot(open.id());
        assertThat(returned.state()).isEqualTo(HandoffState.RETURNED_TO_BOT);

        HandoffTicket again = service.open("c-1", ALICE, REASONS, "", Optional.empty());
        assertThat(again.id()).isNotEqualTo(open.id());
        assertThat(service.activeFor("c-1")).contains(again);
    }

    @Test
    void refusesIllegalTransitionsAndLeavesTheTicketAlone() {
        HandoffTicket open = service.open("c-1", ALICE, REASONS, "", Optional.empty());
        assertThatThrownBy(() -> service.unclaim(open.id()))
                .isInstanceOfSatisfying(HandoffException.class,
                        e -> assertThat(e.code()).isEqualTo(HandoffErrorCode.ILLEGAL_TRANSITION));

        HandoffTicket claimed = service.claim(open.id(), "U-ann");
        assertThatThrownBy(() -> service.claim(open.id(), "U-bob"))
                .isInstanceOf(HandoffException.class)
                .hasMessageContaining("it is claimed by U-ann");
        assertThat(service.claim(open.id(), "U-ann")).isEqualTo(claimed);

        service.resolve(open.id());
        assertThatThrownBy(() -> service.returnToBot(open.id()))
                .isInstanceOf(HandoffException.class)
                .hasMessageContaining("it is resolved");
        assertThat(service.find(open.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void reportsAnUnknownTicketAsTheUsersMistake() {
        assertThatThrownBy(() -> service.claim("no-such-ticket", "U-ann"))
                .isInstanceOfSatisfying(HandoffException.class, e -> {
                    assertThat(e.code()).isEqualTo(HandoffErrorCode.TICKET_NOT_FOUND);
                    assertThat(e.category()).isEqualTo(ErrorCategory.USER);
                })
                .hasMessageContaining("Cannot claim handoff ticket no-such-ticket: there is no such ticket");
    }

    @Test
    void exactlyOneOfManyConcurrentClaimersWinsOnPostgres() throws Exception {
        HandoffService shared = serviceOn(databases.fresh(Engine.POSTGRESQL), clock);
        int agents = 16;
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        try {
            for (int round = 0; round < 5; round++) {
                HandoffTicket open = shared.open("c-" + round, ALICE, REASONS, "", Optional.empty());
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HandoffTicket>> attempts = new ArrayList<>();
                for (int agent = 0; agent < agents; agent++) {
                    String agentId = "U-" + agent;
                    attempts.add(pool.submit(() -> {
                        go.await();
                        return shared.claim(open.id(), agentId);
                    }));
                }
                go.countDown();
                List<HandoffTicket> won = new ArrayList<>();
                List<HandoffException> refused = new ArrayList<>();
                for (Future<HandoffTicket> attempt : attempts) {
                    try {
                        won.add(attempt.get(30, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        refused.add((HandoffException) e.getCause());
                    }
                }
                assertThat(won).hasSize(1);
                assertThat(refused).hasSize(agents - 1)
                        .allSatisfy(e -> assertThat(e.code()).isEqualTo(HandoffErrorCode.ILLEGAL_TRANSITION));
                assertThat(shared.find(open.id())).contains(won.getFirst());
                assertThat(won.getFirst().version()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
