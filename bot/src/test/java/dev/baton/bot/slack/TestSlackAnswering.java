package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.slack.api.Slack;
import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.storage.DatabaseEngine;
import dev.baton.bot.storage.FreshDatabases;
import dev.baton.config.SettingsLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resuming an inbox entry after a crash: the kept reply is posted, not a new one, and a part Slack
 * already shows (posted just before the crash, not yet counted) is not posted again.
 */
class TestSlackAnswering {
    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");
    private static final String DEAD = "install-a/run-0";
    private static final String ME = "install-a/run-1";

    private FreshDatabases databases;
    private CapturedSlackApi api;
    private SlackInbox inbox;
    private SlackWebApi web;
    private Assistant assistant;
    private SlackAnswering answering;

    @BeforeEach
    void setUp() throws Exception {
        databases = new FreshDatabases();
        api = new CapturedSlackApi();
        inbox = new SlackInbox(databases.start(DatabaseEngine.SQLITE).jdbi());
        com.slack.api.SlackConfig sdk = new com.slack.api.SlackConfig();
        sdk.setMethodsEndpointUrlPrefix(api.baseUri().toString());
        web = new SlackWebApi(Slack.getInstance(sdk).methods("xoxb-test"));
        assistant = mock(Assistant.class);
        SlackConfig config = SlackConfig.from(SettingsLoader.load(Optional.empty(), Map.of(),
                getClass().getClassLoader()));
        answering = new SlackAnswering(config, assistant, new SlackReplier(web), inbox, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() throws Exception {
        api.close();
        databases.close();
    }

    private InboxEntry crashedAfterPostingPartOne() {
        SlackInbound message = new SlackInbound("Ev1", "T1", "C1", false, "U1", "How do I reset my VPN password?",
                "100.1", Optional.empty(), true, false);
        inbox.accept(message, NOW, DEAD, NOW.plusSeconds(30));
        PlannedReply reply = new PlannedReply("C1", Optional.of("100.1"), Optional.empty(), List.of(
                new SlackMessage("first part", List.of()), new SlackMessage("second part", List.of())));
        inbox.planned("event:Ev1", DEAD, reply);
        return inbox.takeOver(ME, NOW, NOW.plusSeconds(30), 10, id -> false).getFirst();
    }

    @Test
    void aPartSlackAlreadyShowsIsNotPostedAgain() {
        InboxEntry entry = crashedAfterPostingPartOne();
        // The dead run posted part 0 and died before counting it.
        web.post("C1", Optional.of("100.1"), new SlackMessage("first part", List.of()),
                Optional.of(new SlackWebApi.ReplyMark("event:Ev1", 0)));

        answering.process(entry, ME);

        assertThat(api.calls("conversations.replies")).hasSize(1);
        assertThat(api.calls("chat.postMessage")).extracting(call -> call.params().get("text"))
                .containsExactly("first part", "second part");
        assertThat(inbox.unfinished()).isZero();
        verifyNoInteractions(assistant);
    }

    @Test
    void aPartSlackDoesNotShowIsPostedFromTheKeptReply() {
        InboxEntry entry = crashedAfterPostingPartOne();

        answering.process(entry, ME);

        assertThat(api.calls("chat.postMessage")).extracting(call -> call.params().get("text"))
                .containsExactly("first part", "second part");
        assertThat(api.calls("chat.postMessage").getLast().params().get("metadata"))
                .contains("baton_reply").contains("event:Ev1");
        verifyNoInteractions(assistant);
    }

    @Test
    void whenSlackIsDownTheEntryStaysForALaterAttempt() {
        InboxEntry entry = crashedAfterPostingPartOne();
        api.failNext("conversations.replies", 10, 503, Map.of(), "");

        answering.process(entry, ME);

        assertThat(api.calls("chat.postMessage")).isEmpty();
        assertThat(inbox.unfinished()).isEqualTo(1);
    }
}
