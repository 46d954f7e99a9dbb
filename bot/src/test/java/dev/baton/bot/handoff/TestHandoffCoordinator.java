package dev.baton.bot.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import dev.baton.bot.storage.Database;
import dev.baton.bot.storage.DatabaseConfig;
import dev.baton.bot.storage.JdbiConversationStore;
import dev.baton.bot.testing.MovableClock;
import dev.baton.handoff.lifecycle.BusinessHours;
import dev.baton.handoff.lifecycle.HandoffConfig;
import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.OnCall;
import dev.baton.handoff.lifecycle.OnCallRota;
import dev.baton.handoff.lifecycle.Requester;
import dev.baton.handoff.store.JdbiHandoffStore;
import dev.baton.handoff.store.JdbiSlaTimerStore;
import dev.baton.handoff.store.JdbiStaffThreadStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestHandoffCoordinator {
    private static final Participant ALICE = new Participant("U0ALICE01", "Alice");
    private static final Participant ANN = new Participant("U0ANN0001", "Ann");
    private static final BusinessHours ALL_DAY = new BusinessHours(LocalTime.of(0, 0), LocalTime.of(23, 59));

    @TempDir
    Path directory;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final RecordingDesk desk = new RecordingDesk();
    private final List<RequesterNotice> delivered = new ArrayList<>();
    private final List<String> resolved = new ArrayList<>();
    private Database database;
    private JdbiConversationStore conversations;
    private HandoffService handoffs;
    private HandoffCoordinator coordinator;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(directory.resolve("db"));
        database = new Database(new DatabaseConfig(DatabaseConfig.SQLITE_PREFIX + directory.resolve("db/baton.db"),
                Optional.empty(), Optional.empty(), 2, Duration.ofSeconds(5)));
        database.start();
        conversations = new JdbiConversationStore(database.jdbi());
        OnCallRota rota = new OnCallRota(List.of(
                new OnCall("default", 1, Optional.of("C0ONCALL01"), List.of("S0TEAM001"), Optional.empty(), ALL_DAY,
                        ZoneOffset.UTC),
                new OnCall("default", 2, Optional.of("C0LEADS001"), List.of("U0LEAD001"), Optional.empty(), ALL_DAY,
                        ZoneOffset.UTC),
                new OnCall("payroll", 1, Optional.empty(), List.of(), Optional.of("19:payroll@thread.tacv2"), ALL_DAY,
                        ZoneOffset.UTC)));
        handoffs = new HandoffService(new JdbiHandoffStore(database.jdbi()), new JdbiSlaTimerStore(database.jdbi()),
                new HandoffConfig(Optional.empty(), Duration.ofMinutes(15), ALL_DAY, ZoneId.of("UTC"), rota), clock);
        coordinator = new HandoffCoordinator(handoffs, new JdbiStaffThreadStore(database.jdbi()), conversations,
                Set.of(desk), Map.of(Surface.SLACK, (conversation, notice) -> delivered.add(notice)),
                new HandoffNotices(), Set.of((conversation, ticket, transcript) -> resolved.add(ticket.id())), clock);
    }

    @AfterEach
    void stop() {
        database.stop();
    }

    private Conversation conversation(String thread) {
        Conversation conversation = conversations.findOrStart(
                new ConversationKey(Surface.SLACK, "T0TEAM", "D0ALICE", thread), ALICE, CustomerContext.unknown(),
                clock.instant());
        conversations.append(new Message(thread + "-q", conversation.id(), MessageRole.USER, ALICE.id(),
                "My payslip is missing", clock.instant(), List.of(), Optional.empty()));
        return conversation;
    }

    private HandoffTicket open(Conversation conversation, Optional<String> category) {
        return handoffs.open(conversation.id(), new Requester(ALICE.id(), ALICE.displayName()),
                List.of("explicit request: /human"), "summary", category);
    }

    @Test
    void postsEachRequestOnceWithItsTranscriptAndPagesTheNextTier() {
        Conversation conversation = conversation("1.1");
        HandoffTicket ticket = open(conversation, Optional.empty());

        assertThat(coordinator.opened(conversation, ticket)).isPresent();
        assertThat(coordinator.opened(conversation, ticket)).as("asking twice posts once").isPresent();
        assertThat(desk.posted).singleElement().satisfies(brief -> {
            assertThat(brief.onCall().mentions()).containsExactly("S0TEAM001");
            assertThat(brief.transcript()).extracting(Message::text).containsExactly("My payslip is missing");
            assertThat(brief.offHoursUntil()).isEmpty();
        });

        clock.advance(Duration.ofMinutes(16));
        assertThat(coordinator.pageBreaches()).isEqualTo(1);
        assertThat(desk.pages).singleElement()
                .satisfies(breach -> assertThat(breach.onCall().orElseThrow().slackChannel()).contains("C0LEADS001"));
    }

    @Test
    void aDeskFailureLeavesTheTicketOpenInTheQueue() {
        Conversation conversation = conversation("1.2");
        HandoffTicket ticket = open(conversation, Optional.empty());
        desk.failing = true;

        assertThat(coordinator.opened(conversation, ticket)).isEmpty();
        assertThat(handoffs.activeFor(conversation.id())).contains(ticket);
        desk.failing = false;
        assertThat(coordinator.opened(conversation, ticket)).as("a later attempt posts it").isPresent();
    }

    @Test
    void aCategoryWithoutADeskRunningWaitsInTheQueue() {
        Conversation conversation = conversation("1.3");
        HandoffTicket ticket = open(conversation, Optional.of("payroll"));

        assertThat(coordinator.opened(conversation, ticket)).isEmpty();
        assertThat(desk.posted).isEmpty();
        coordinator.requesterWrote(conversation, ticket, "any news?", () -> {
            throw new AssertionError("no thread shows a draft, so none is worked out");
        });
        assertThat(desk.relayed).isEmpty();
    }

    @Test
    void mirrorsTheRequesterAndRelaysTheHolderThroughTheLifecycle() {
        Conversation conversation = conversation("1.4");
        HandoffTicket ticket = open(conversation, Optional.empty());
        var thread = coordinator.opened(conversation, ticket).orElseThrow();

        coordinator.requesterWrote(conversation, ticket, "It is the November one", Optional::empty);
        assertThat(desk.relayed).containsExactly("Alice: It is the November one");

        assertThat(coordinator.staffWrote(thread, ANN, "Let me check payroll")).isEqualTo(StaffReply.RELAYED);
        assertThat(handoffs.find(ticket.id()).orElseThrow().claimedBy()).contains(ANN.id());
        assertThat(delivered).containsExactly(
                new RequesterNotice.Status("Ann from the support team is now handling your request ("
                        + HandoffNotices.shortId(ticket) + ") and has our conversation so far. Reply here to talk to them."),
                new RequesterNotice.FromAgent("Ann", "Let me check payroll"));
        assertThat(desk.notes).containsExactly("Ann claimed this request.");

        Participant bob = new Participant("U0BOB0001", "Bob");
        coordinator.reassign(ticket.id(), ANN, bob);
        assertThat(coordinator.staffWrote(thread, ANN, "still here")).isEqualTo(StaffReply.HELD_BY_COLLEAGUE);
        assertThat(coordinator.staffWrote(thread, bob, "Found it, re-sent")).isEqualTo(StaffReply.RELAYED);

        coordinator.resolve(ticket.id(), bob);
        assertThat(handoffs.find(ticket.id()).orElseThrow().state()).isEqualTo(HandoffState.RESOLVED);
        assertThat(resolved).as("resolution listeners are told").containsExactly(ticket.id());
        assertThat(delivered.getLast()).isInstanceOfSatisfying(RequesterNotice.Survey.class,
                survey -> assertThat(survey.ticketId()).isEqualTo(ticket.id()));
        assertThat(coordinator.staffWrote(thread, bob, "anything else?")).isEqualTo(StaffReply.TICKET_CLOSED);
        assertThat(desk.notes.getLast()).startsWith("Not sent: this request is resolved");

        assertThat(conversations.history(conversation.id(), 50)).extracting(Message::role)
                .contains(MessageRole.HUMAN_AGENT, MessageRole.SYSTEM);
    }
}
