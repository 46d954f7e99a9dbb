package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.Surface;
import dev.baton.bot.slack.CapturedSlackApi.Call;
import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffSurveys;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.handoff.store.StaffThreadStore;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole handoff driven through Slack over HTTP: a request in a DM opens a thread in the on-call
 * channel, a person claims it and answers in the thread, the requester's messages reach the thread
 * with Baton's suggestion, and the resolution ends with a survey — signed requests in, recorded Web
 * API calls out.
 */
class TestSlackHandoff {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ANN = "U0ANN0001";
    private static final String BOB = "U0BOB0001";
    private static SlackAppHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = SlackAppHarness.shared();
    }

    private static List<Call> posted(String channel, String contains, int count) throws InterruptedException {
        return harness.api.await("chat.postMessage",
                call -> channel.equals(call.params().get("channel"))
                        && (call.params().getOrDefault("text", "") + call.params().getOrDefault("blocks", "")).contains(contains),
                count, WAIT);
    }

    private static HttpResponse<String> click(String actionId, String value, String user, String channel) throws Exception {
        ObjectNode payload = SlackFixtures.json("block_actions");
        payload.with("team").put("id", CapturedSlackApi.TEAM);
        payload.with("user").put("id", user).put("team_id", CapturedSlackApi.TEAM);
        payload.with("container").put("channel_id", channel).put("message_ts", "1764409999.000002");
        payload.with("channel").put("id", channel);
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", actionId).put("value", value).put("block_id", "staff_actions");
        return harness.slack.form(SlackFixtures.encode(Map.of("payload", SlackFixtures.JSON.writeValueAsString(payload))));
    }

    private static ObjectNode staffReply(String threadTs, String user, String text) {
        ObjectNode body = SlackAppHarness.threadReply(SlackAppHarness.ON_CALL_CHANNEL, threadTs, SlackAppHarness.newTs(), text);
        ((ObjectNode) body.get("event")).put("user", user);
        return body;
    }

    @Test
    void aRequestIsWorkedFromTheOnCallChannelAndEndsWithASurvey() throws Exception {
        String dm = "D0" + SlackAppHarness.newChannel().substring(2);
        assertThat(harness.send(SlackAppHarness.directMessage(dm, SlackAppHarness.newTs(),
                "My payslip for November is missing, please get me a human")).statusCode()).isEqualTo(200);

        assertThat(posted(dm, "asked a person from the support team", 1)).hasSize(1);
        List<Call> roots = posted(SlackAppHarness.ON_CALL_CHANNEL, "My payslip for November is missing", 1);
        assertThat(roots).isNotEmpty();
        Call root = roots.getLast();
        assertThat(root.params().get("blocks")).contains("staff_claim", "explicit request", "Conversation so far",
                "Alice");
        var conversation = harness.baton.instance(ConversationStore.class)
                .find(new ConversationKey(Surface.SLACK, CapturedSlackApi.TEAM, dm, SlackInbound.DIRECT_THREAD))
                .orElseThrow();
        HandoffService handoffs = harness.baton.instance(HandoffService.class);
        HandoffTicket ticket = handoffs.activeFor(conversation.id()).orElseThrow();
        // The root is seen at the Web API a moment before the thread is recorded against the ticket.
        StaffThreadStore threads = harness.baton.instance(StaffThreadStore.class);
        long recorded = System.nanoTime() + WAIT.toNanos();
        while (threads.threadOf(ticket.id()).isEmpty() && System.nanoTime() < recorded) {
            Thread.sleep(25);
        }
        StaffThread thread = threads.threadOf(ticket.id()).orElseThrow();
        assertThat(thread.channel()).isEqualTo(SlackAppHarness.ON_CALL_CHANNEL);

        assertThat(click(StaffBlocks.CLAIM, ticket.id(), ANN, SlackAppHarness.ON_CALL_CHANNEL).statusCode()).isEqualTo(200);
        assertThat(posted(dm, "is now handling your request", 1)).hasSize(1);
        click(StaffBlocks.CLAIM, ticket.id(), BOB, SlackAppHarness.ON_CALL_CHANNEL);
        assertThat(harness.api.await("chat.postEphemeral", call -> BOB.equals(call.params().get("user"))
                && call.params().getOrDefault("text", "").contains("Cannot claim"), 1, WAIT))
                .as("the second claimer is told, privately, who has it").hasSize(1);
        assertThat(handoffs.find(ticket.id()).orElseThrow().claimedBy()).contains(ANN);

        ObjectNode pick = SlackFixtures.json("block_actions");
        pick.with("team").put("id", CapturedSlackApi.TEAM);
        pick.with("user").put("id", ANN).put("team_id", CapturedSlackApi.TEAM);
        pick.with("container").put("channel_id", SlackAppHarness.ON_CALL_CHANNEL).put("message_ts", "1764409999.000003");
        pick.with("channel").put("id", SlackAppHarness.ON_CALL_CHANNEL);
        ObjectNode picked = (ObjectNode) pick.get("actions").get(0);
        picked.remove("value");
        picked.put("type", "users_select").put("action_id", StaffBlocks.REASSIGN + ":" + ticket.id())
                .put("selected_user", BOB).put("block_id", "staff_actions");
        harness.slack.form(SlackFixtures.encode(Map.of("payload", SlackFixtures.JSON.writeValueAsString(pick))));
        long handed = System.nanoTime() + WAIT.toNanos();
        while (!handoffs.find(ticket.id()).orElseThrow().claimedBy().orElse("").equals(BOB) && System.nanoTime() < handed) {
            Thread.sleep(25);
        }
        assertThat(handoffs.find(ticket.id()).orElseThrow().claimedBy()).as("handed to a colleague").contains(BOB);
        click(StaffBlocks.SEND_DRAFT, ticket.id() + "|", BOB, SlackAppHarness.ON_CALL_CHANNEL);
        assertThat(harness.api.await("chat.postEphemeral", call -> BOB.equals(call.params().get("user"))
                && call.params().getOrDefault("text", "").contains("no suggested reply"), 1, WAIT))
                .as("an empty suggestion is never sent").hasSize(1);
        // Bob hands it back so the rest of the flow is Ann's.
        ObjectNode back = pick.deepCopy();
        ((ObjectNode) back.get("user")).put("id", BOB);
        ((ObjectNode) back.get("actions").get(0)).put("selected_user", ANN);
        harness.slack.form(SlackFixtures.encode(Map.of("payload", SlackFixtures.JSON.writeValueAsString(back))));
        long returned = System.nanoTime() + WAIT.toNanos();
        while (!handoffs.find(ticket.id()).orElseThrow().claimedBy().orElse("").equals(ANN) && System.nanoTime() < returned) {
            Thread.sleep(25);
        }

        harness.send(staffReply(thread.thread(), ANN, "// checking with payroll first"));
        harness.send(staffReply(thread.thread(), ANN, "Hi Alice, payroll re-issued it: check Workday now."));
        assertThat(posted(dm, "payroll re-issued it", 1)).hasSize(1);
        assertThat(harness.api.calls("chat.postMessage", call -> dm.equals(call.params().get("channel"))
                && call.params().getOrDefault("text", "").contains("checking with payroll"))).isEmpty();

        harness.send(SlackAppHarness.directMessage(dm, SlackAppHarness.newTs(), "Found it, thanks! How do I download it?"));
        assertThat(posted(SlackAppHarness.ON_CALL_CHANNEL, "How do I download it?", 1)).hasSize(1);

        assertThat(click(StaffBlocks.RESOLVE, ticket.id(), ANN, SlackAppHarness.ON_CALL_CHANNEL).statusCode()).isEqualTo(200);
        List<Call> survey = posted(dm, "survey_", 1);
        assertThat(survey).hasSize(1);
        assertThat(handoffs.find(ticket.id()).orElseThrow().state()).isEqualTo(HandoffState.RESOLVED);

        click(StaffBlocks.SURVEY_PREFIX + "4", ticket.id(), "U0ALICE01", dm);
        HandoffSurveys surveys = harness.baton.instance(HandoffSurveys.class);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (surveys.answerOf(ticket.id()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(surveys.answerOf(ticket.id()).orElseThrow().score()).isEqualTo(4);

        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                harness.baton.baseUri().resolve("/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).as("events received and their ack time")
                .containsPattern("baton_events_ack_latency_seconds_count\\{status=\"2xx\",surface=\"slack\"} [1-9]");
    }
}
