package dev.baton.handoff.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.handoff.store.Engine;
import dev.baton.handoff.store.JdbiHandoffStore;
import dev.baton.handoff.store.JdbiSlaTimerStore;
import dev.baton.handoff.store.MigratedDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.junit.jupiter.api.Test;

/** SLA timers: paging tier by tier, off-hours starts, restarts and several replicas. */
class TestHandoffSla {
    private static final Requester ALICE = new Requester("U-alice", "Alice");
    private static final List<String> REASONS = List.of("explicit request: /human");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final BusinessHours OFFICE = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 30));
    private static final OnCallRota ROTA = new OnCallRota(List.of(
            new OnCall("default", 1, Optional.of("#oncall"), List.of("S0TEAM01"), Optional.empty(), OFFICE, LONDON),
            new OnCall("default", 2, Optional.of("#support-leads"), List.of("U0LEAD01"), Optional.empty(), OFFICE,
                    LONDON),
            new OnCall("hardware", 1, Optional.of("#it-hardware"), List.of(), Optional.empty(),
                    new BusinessHours(LocalTime.of(7, 0), LocalTime.of(15, 0)), ZoneId.of("Europe/Berlin"))));
    private static final HandoffConfig CONFIG =
            new HandoffConfig(Optional.of("#oncall"), Duration.ofMinutes(15), OFFICE, LONDON, ROTA);
    // A Wednesday, 10:00 in London (GMT in November).
    private static final Instant WEDNESDAY_TEN = Instant.parse("2026-11-25T10:00:00Z");

    private static MigratedDatabases databases;

    @BeforeAll
    static void startDatabases() {
        databases = new MigratedDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    private static HandoffService service(Jdbi jdbi, SettableClock clock) {
        return new HandoffService(new JdbiHandoffStore(jdbi), new JdbiSlaTimerStore(jdbi), CONFIG, clock);
    }

    @Test
    void anUnclaimedTicketPagesTheNextTierOncePerSla() {
        SettableClock clock = new SettableClock(WEDNESDAY_TEN);
        HandoffService service = service(databases.fresh(Engine.SQLITE), clock);
        HandoffTicket ticket = service.open("c-1", ALICE, REASONS, "", Optional.empty());
        assertThat(service.slaTimer(ticket.id())).contains(new SlaTimer(ticket.id(),
                WEDNESDAY_TEN.plus(Duration.ofMinutes(15)), 0));

        clock.advance(Duration.ofMinutes(14));
        assertThat(service.takeBreaches(10)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        List<SlaBreach> first = service.takeBreaches(10);
        assertThat(first).singleElement().satisfies(breach -> {
            assertThat(breach.ticket().id()).isEqualTo(ticket.id());
            assertThat(breach.page()).isEqualTo(1);
            assertThat(breach.waited()).isEqualTo(Duration.ofMinutes(15));
            assertThat(breach.onCall().orElseThrow().slackChannel()).contains("#support-leads");
        });
        assertThat(service.takeBreaches(10)).as("a breach fires once").isEmpty();

        clock.advance(Duration.ofMinutes(15));
        assertThat(service.takeBreaches(10)).singleElement().satisfies(breach -> {
            assertThat(breach.page()).isEqualTo(2);
            assertThat(breach.onCall().orElseThrow().tier()).as("the last tier keeps being paged").isEqualTo(2);
        });
    }

    @Test
    void claimingStopsTheClockAndUnclaimingRestartsItFromTheFirstTier() {
        SettableClock clock = new SettableClock(WEDNESDAY_TEN);
        HandoffService service = service(databases.fresh(Engine.SQLITE), clock);
        HandoffTicket ticket = service.open("c-1", ALICE, REASONS, "", Optional.empty());
        clock.advance(Duration.ofMinutes(16));
        assertThat(service.takeBreaches(10)).hasSize(1);

        service.claim(ticket.id(), "U-ann");
        assertThat(service.slaTimer(ticket.id())).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(service.takeBreaches(10)).isEmpty();

        service.unclaim(ticket.id());
        assertThat(service.slaTimer(ticket.id())).contains(
                new SlaTimer(ticket.id(), clock.instant().plus(Duration.ofMinutes(15)), 0));
        service.resolve(ticket.id());
        assertThat(service.slaTimer(ticket.id())).isEmpty();
    }

    @Test
    void aRequestOffHoursIsDueFromTheNextOpening() {
        // Friday 20:00 in London: the team is back on Saturday 09:00 (business hours are daily).
        SettableClock clock = new SettableClock(Instant.parse("2026-11-27T20:00:00Z"));
        HandoffService service = service(databases.fresh(Engine.SQLITE), clock);

        assertThat(service.offHoursUntil(Optional.empty()))
                .contains(ZonedDateTime.of(2026, 11, 28, 9, 0, 0, 0, LONDON));
        HandoffTicket ticket = service.open("c-1", ALICE, REASONS, "", Optional.empty());
        assertThat(service.slaTimer(ticket.id()).orElseThrow().dueAt())
                .isEqualTo(Instant.parse("2026-11-28T09:15:00Z"));

        clock.advance(Duration.ofHours(13).plusMinutes(14));
        assertThat(service.takeBreaches(10)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.takeBreaches(10)).hasSize(1);
    }

    @Test
    void aCategoryUsesItsOwnHoursAndZone() {
        // 14:30 in Berlin is 13:30 in London: hardware is staffed until 15:00 Berlin time.
        SettableClock clock = new SettableClock(Instant.parse("2026-11-25T13:30:00Z"));
        HandoffService service = service(databases.fresh(Engine.SQLITE), clock);
        assertThat(service.offHoursUntil(Optional.of("hardware"))).isEmpty();
        assertThat(service.firstPage(Optional.of("hardware")).orElseThrow().slackChannel()).contains("#it-hardware");
        assertThat(service.firstPage(Optional.of("payroll")).orElseThrow().slackChannel())
                .as("a category without entries goes to the default").contains("#oncall");

        clock.advance(Duration.ofHours(2));
        assertThat(service.offHoursUntil(Optional.of("hardware")))
                .contains(ZonedDateTime.of(2026, 11, 26, 7, 0, 0, 0, ZoneId.of("Europe/Berlin")));
        assertThat(service.offHoursUntil(Optional.empty())).isEmpty();
    }

    @Test
    void timersSurviveARestart() {
        Jdbi jdbi = databases.fresh(Engine.SQLITE);
        SettableClock clock = new SettableClock(WEDNESDAY_TEN);
        HandoffTicket ticket = service(jdbi, clock).open("c-1", ALICE, REASONS, "", Optional.empty());

        clock.advance(Duration.ofMinutes(20));
        HandoffService restarted = service(jdbi, clock);
        assertThat(restarted.takeBreaches(10)).extracting(breach -> breach.ticket().id()).containsExactly(ticket.id());
    }

    @Test
    void timersOfTicketsClosedBehindTheirBackAreDropped() {
        Jdbi jdbi = databases.fresh(Engine.SQLITE);
        SettableClock clock = new SettableClock(WEDNESDAY_TEN);
        HandoffService service = service(jdbi, clock);
        HandoffTicket ticket = service.open("c-1", ALICE, REASONS, "", Optional.empty());
        // Another writer closed the ticket without going through a service that stops the timer.
        new JdbiHandoffStore(jdbi).replace(ticket, ticket.returnToBot(WEDNESDAY_TEN));

        clock.advance(Duration.ofHours(1));
        assertThat(service.takeBreaches(10)).isEmpty();
        assertThat(service.slaTimer(ticket.id())).isEmpty();
    }

    @Test
    void replicasOnOnePostgresPageEachBreachOnce() throws Exception {
        Jdbi jdbi = databases.fresh(Engine.POSTGRESQL);
        SettableClock clock = new SettableClock(WEDNESDAY_TEN);
        List<HandoffService> replicas = List.of(service(jdbi, clock), service(jdbi, clock), service(jdbi, clock));
        int tickets = 12;
        for (int i = 0; i < tickets; i++) {
            replicas.get(i % replicas.size()).open("c-" + i, ALICE, REASONS, "", Optional.empty());
        }
        clock.advance(Duration.ofMinutes(16));

        ExecutorService pool = Executors.newFixedThreadPool(replicas.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<SlaBreach>>> results = new ArrayList<>();
            for (HandoffService replica : replicas) {
                results.add(pool.submit(() -> {
                    go.await();
                    return replica.takeBreaches(100);
                }));
            }
            go.countDown();
            List<String> paged = new ArrayList<>();
            for (Future<List<SlaBreach>> result : results) {
                result.get(30, TimeUnit.SECONDS).forEach(breach -> paged.add(breach.ticket().id()));
            }
            assertThat(paged).hasSize(tickets).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
