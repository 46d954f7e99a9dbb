package dev.baton.bot.slack;

import static dev.baton.bot.slack.SlackAppHarness.directMessage;
import static dev.baton.bot.slack.SlackAppHarness.mention;
import static dev.baton.bot.slack.SlackAppHarness.newChannel;
import static dev.baton.bot.slack.SlackAppHarness.newTs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bot.admin.ConversationFacts;
import dev.baton.bot.admin.ConversationFactsReader;
import dev.baton.bot.admin.ReportWindow;
import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.FeedbackStore;
import dev.baton.bot.conversation.Surface;
import dev.baton.bot.slack.CapturedSlackApi.Call;
import dev.baton.handoff.lifecycle.HandoffService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Buttons, /human, private answers and attachments, over HTTP against the whole application. */
class TestSlackInteractions {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static SlackAppHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = SlackAppHarness.shared();
    }

    private static List<Call> await(String method, String key, String value, int count) throws InterruptedException {
        return harness.api.await(method, call -> value.equals(call.params().get(key)), count, WAIT);
    }

    private static JsonNode buttons(Call reply) {
        JsonNode blocks = reply.blocks();
        return blocks.get(blocks.size() - 1).get("elements");
    }

    private static HttpResponse<String> click(String actionId, String value, String user, String channel, String threadTs)
            throws Exception {
        ObjectNode payload = SlackFixtures.json("block_actions");
        payload.with("team").put("id", CapturedSlackApi.TEAM);
        payload.with("user").put("id", user).put("team_id", CapturedSlackApi.TEAM);
        payload.with("container").put("channel_id", channel).put("message_ts", "1764409999.000001")
                .put("thread_ts", threadTs);
        payload.with("channel").put("id", channel);
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", actionId).put("value", value).put("block_id", "baton_answer_actions");
        return harness.slack.form(SlackFixtures.encode(Map.of("payload", SlackFixtures.JSON.writeValueAsString(payload))));
    }

    private static Conversation conversation(String channel, String thread) {
        return harness.baton.instance(ConversationStore.class)
                .find(new ConversationKey(Surface.SLACK, CapturedSlackApi.TEAM, channel, thread)).orElseThrow();
    }

    @Test
    void thumbsAreRecordedOnePerPersonAndAnswer() throws Exception {
        String channel = newChannel();
        String ts = newTs();
        harness.send(mention(channel, ts, "How do I reset my VPN password?"));
        String value = buttons(await("chat.postMessage", "channel", channel, 1).getFirst()).get(0).get("value").asText();

        assertThat(click("baton_not_helpful", value, "U0BOB0001", channel, ts).statusCode()).isEqualTo(200);
        List<Call> thanks = await("chat.postEphemeral", "user", "U0BOB0001", 1);
        assertThat(thanks.getFirst().params()).containsEntry("channel", channel).containsEntry("thread_ts", ts);
        FeedbackStore feedback = harness.baton.instance(FeedbackStore.class);
        String conversationId = conversation(channel, ts).id();
        assertThat(feedback.notHelpfulCount(conversationId)).isEqualTo(1);

        assertThat(click("baton_helpful", value, "U0BOB0001", channel, ts).statusCode()).isEqualTo(200);
        await("chat.postEphemeral", "user", "U0BOB0001", 2);
        assertThat(feedback.notHelpfulCount(conversationId)).isZero();
        // The admin pages' outcomes and review queue count the same votes.
        ConversationFacts facts = harness.baton.instance(ConversationFactsReader.class)
                .read(new ReportWindow(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60), Optional.of(channel),
                        Optional.empty()))
                .stream().filter(found -> found.conversationId().equals(conversationId)).findFirst().orElseThrow();
        assertThat(facts.helpfulVotes()).isEqualTo(1);
        assertThat(facts.notHelpfulVotes()).isZero();
        assertThat(feedback.forConversation(conversationId)).singleElement()
                .satisfies(verdict -> {
                    assertThat(verdict.helpful()).isTrue();
                    assertThat(verdict.userId()).isEqualTo("U0BOB0001");
                    assertThat(verdict.messageRef()).isEqualTo("1764409999.000001");
                });
    }

    @Test
    void talkToAHumanStartsAHandoffAtOnceAndConfirmsInTheThread() throws Exception {
        String channel = newChannel();
        String ts = newTs();
        harness.send(mention(channel, ts, "How do I reset my VPN password?"));
        JsonNode human = buttons(await("chat.postMessage", "channel", channel, 1).getFirst()).get(2);
        assertThat(human.get("action_id").asText()).isEqualTo("baton_human");

        assertThat(click("baton_human", human.get("value").asText(), "U0ALICE01", channel, ts).statusCode()).isEqualTo(200);
        Call confirmation = await("chat.postMessage", "channel", channel, 2).get(1);
        assertThat(confirmation.params()).containsEntry("thread_ts", ts);
        assertThat(confirmation.params().get("text")).contains("support team").contains("request #");
        assertThat(harness.baton.instance(HandoffService.class).activeFor(conversation(channel, ts).id())).isPresent();

        // With a person on it, follow-ups go to them: Baton stays quiet unless called on.
        harness.send(SlackAppHarness.threadReply(channel, ts, newTs(), "any update?"));
        harness.send(mention(channel, newTs(), "How do I reset my VPN password?"));
        await("chat.postMessage", "channel", channel, 3);
        ObjectNode calledOn = SlackAppHarness.threadReply(channel, ts, newTs(),
                "<@" + CapturedSlackApi.BOT_USER + "> is someone coming?");
        harness.send(calledOn);
        await("chat.postMessage", "channel", channel, 4);
        List<Call> replies = harness.api.await("chat.postMessage", call -> channel.equals(call.params().get("channel")),
                5, Duration.ofSeconds(2));
        assertThat(replies).as("no reply to the follow-up the person from support gets").hasSize(4);
        assertThat(replies.stream().filter(call -> ts.equals(call.params().get("thread_ts")))).hasSize(3)
                .last().satisfies(call -> assertThat(call.params().get("text")).contains("waiting for a person"));
    }

    @Test
    void aForeignButtonValueIsIgnored() throws Exception {
        assertThat(click("baton_human", "click_me_123", "U0ALICE01", newChannel(), "1.1").statusCode()).isEqualTo(200);
    }

    @Test
    void theHumanCommandStartsAHandoffAndConfirmsInTheDirectMessage() throws Exception {
        Map<String, String> command = SlackFixtures.form("slash_command");
        command.put("command", "/human");
        command.put("team_id", CapturedSlackApi.TEAM);
        command.put("user_id", "U0CAROL01");
        command.put("text", "my payslip is wrong <!channel>");
        HttpResponse<String> response = harness.slack.form(SlackFixtures.encode(command));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Asking a person from the support team");

        assertThat(await("conversations.open", "users", "U0CAROL01", 1)).hasSize(1);
        Call confirmation = await("chat.postMessage", "channel", "D0U0CAROL01", 1).getFirst();
        assertThat(confirmation.params().get("text")).contains("request #");
        Conversation conversation = conversation("D0U0CAROL01", SlackInbound.DIRECT_THREAD);
        assertThat(harness.baton.instance(HandoffService.class).activeFor(conversation.id())).isPresent();
    }

    @Test
    void aPrivateChannelAnswersOnlyTheAskerWhoCanShareIt() throws Exception {
        String ts = newTs();
        String channel = SlackAppHarness.PRIVATE_CHANNEL;
        harness.send(mention(channel, ts, "How do I reset my VPN password?"));
        Call privately = harness.api.await("chat.postEphemeral",
                call -> ts.equals(call.params().get("thread_ts")), 1, WAIT).getFirst();
        assertThat(privately.params()).containsEntry("user", "U0ALICE01").containsEntry("channel", channel);
        JsonNode share = buttons(privately).get(3);
        assertThat(share.get("action_id").asText()).isEqualTo("baton_share");

        int before = harness.api.calls("chat.postMessage", call -> ts.equals(call.params().get("thread_ts"))).size();
        assertThat(before).isZero();
        click("baton_share", share.get("value").asText(), "U0ALICE01", channel, ts);
        Call shared = harness.api.await("chat.postMessage", call -> ts.equals(call.params().get("thread_ts")), 1, WAIT)
                .getFirst();
        assertThat(shared.params().get("text")).containsIgnoringCase("vpn");
    }

    @Test
    void anAttachmentAloneIsNotSilentlyIgnored() throws Exception {
        String channel = "D0F" + newChannel().substring(3);
        ObjectNode upload = directMessage(channel, newTs(), "");
        ((ObjectNode) upload.get("event")).put("subtype", "file_share").putArray("files").addObject()
                .put("id", "F0SCREEN1").put("name", "screenshot.png").put("mimetype", "image/png");
        assertThat(harness.send(upload).statusCode()).isEqualTo(200);
        Call reply = await("chat.postMessage", "channel", channel, 1).getFirst();
        assertThat(reply.params().get("text")).contains("can't read attachments yet");
    }

    @Test
    void thumbsDownCountTowardsEscalation() throws Exception {
        String channel = SlackAppHarness.SENSITIVE_CHANNEL;
        String ts = newTs();
        harness.send(mention(channel, ts, "How do I reset my VPN password?"));
        Call answer = harness.api.await("chat.postMessage", call -> ts.equals(call.params().get("thread_ts")), 1, WAIT)
                .getFirst();
        String value = buttons(answer).get(1).get("value").asText();
        click("baton_not_helpful", value, "U0ERIN001", channel, ts);
        click("baton_not_helpful", value, "U0DAN0001", channel, ts);
        String conversationId = conversation(channel, ts).id();
        FeedbackStore feedback = harness.baton.instance(FeedbackStore.class);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (feedback.notHelpfulCount(conversationId) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(harness.baton.instance(HandoffService.class).activeFor(conversationId)).isEmpty();

        harness.send(SlackAppHarness.threadReply(channel, ts, newTs(), "What do I do after the reset?"));
        Call handoff = harness.api.await("chat.postMessage", call -> ts.equals(call.params().get("thread_ts")), 2, WAIT)
                .get(1);
        assertThat(handoff.params().get("text")).contains("request #");
        assertThat(harness.baton.instance(HandoffService.class).activeFor(conversationId).orElseThrow().reasons())
                .anySatisfy(reason -> assertThat(reason).contains("2 answers got a 👎"));
    }
}
