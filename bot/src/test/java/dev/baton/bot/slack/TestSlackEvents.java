package dev.baton.bot.slack;

import static dev.baton.bot.slack.SlackAppHarness.directMessage;
import static dev.baton.bot.slack.SlackAppHarness.mention;
import static dev.baton.bot.slack.SlackAppHarness.newChannel;
import static dev.baton.bot.slack.SlackAppHarness.newEventId;
import static dev.baton.bot.slack.SlackAppHarness.newTs;
import static dev.baton.bot.slack.SlackAppHarness.threadReply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bot.slack.CapturedSlackApi.Call;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slack events over HTTP against the whole application, Bolt included; the Web API is a local recorder. */
class TestSlackEvents {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static SlackAppHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = SlackAppHarness.shared();
    }

    private static List<Call> replies(String channel, int count) throws InterruptedException {
        return harness.api.await("chat.postMessage", call -> channel.equals(call.params().get("channel")), count, WAIT);
    }

    /** Waits for a reply somewhere else, so that anything queued before it had its chance to post. */
    private static void settle() throws Exception {
        String channel = newChannel();
        assertThat(harness.send(mention(channel, newTs(), "How do I reset my VPN password?")).statusCode()).isEqualTo(200);
        assertThat(replies(channel, 1)).hasSize(1);
        Thread.sleep(300);
    }

    private static List<String> blockTypes(Call call) {
        List<String> types = new ArrayList<>();
        call.blocks().forEach(block -> types.add(block.get("type").asText()));
        return types;
    }

    @Test
    void aMentionIsAnsweredInItsThreadWithSourcesAndButtons() throws Exception {
        String channel = newChannel();
        String ts = newTs();
        HttpResponse<String> response = harness.send(mention(channel, ts, "How do I reset my VPN password?"));
        assertThat(response.statusCode()).isEqualTo(200);

        Call reply = replies(channel, 1).getFirst();
        assertThat(reply.params()).containsEntry("thread_ts", ts);
        assertThat(reply.params().get("text")).isNotBlank();
        assertThat(blockTypes(reply)).startsWith("section").endsWith("context", "actions");
        JsonNode blocks = reply.blocks();
        assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("mrkdwn");
        assertThat(blocks.get(0).get("text").get("text").asText()).containsIgnoringCase("vpn");
        JsonNode sources = blocks.get(blocks.size() - 2).get("elements");
        assertThat(sources.get(0).get("text").asText()).isEqualTo("*Sources*");
        assertThat(sources.get(1).get("text").asText()).startsWith("<https://help.fernhill.example/").contains("|[1] ");
        JsonNode buttons = blocks.get(blocks.size() - 1).get("elements");
        assertThat(buttons).extracting(button -> button.get("action_id").asText())
                .containsExactly("baton_helpful", "baton_not_helpful", "baton_human");
        assertThat(buttons).extracting(button -> button.get("text").get("text").asText())
                .containsExactly("👍 Helpful", "👎 Not helpful", "Talk to a human");
        assertThat(buttons.get(0).get("value").asText()).isEqualTo("v1:" + CapturedSlackApi.TEAM + ":" + channel + ":" + ts);
        assertThat(harness.api.calls("users.info", call -> "U0ALICE01".equals(call.params().get("user")))).isNotEmpty();
    }

    @Test
    void aDirectMessageIsAnsweredInTheDirectMessage() throws Exception {
        String channel = "D0T" + newChannel().substring(3);
        assertThat(harness.send(directMessage(channel, newTs(), "How many days of annual leave do I get?")).statusCode())
                .isEqualTo(200);
        Call reply = replies(channel, 1).getFirst();
        assertThat(reply.params()).doesNotContainKey("thread_ts");
        assertThat(blockTypes(reply)).contains("section", "actions");
    }

    @Test
    void aFollowUpInAThreadBatonAnswersNeedsNoMention() throws Exception {
        String channel = newChannel();
        String first = newTs();
        harness.send(mention(channel, first, "How many days of annual leave do I get?"));
        assertThat(replies(channel, 1)).hasSize(1);

        String otherThread = newTs();
        assertThat(harness.send(threadReply(channel, otherThread, newTs(), "anyone know the wifi password?"))
                .statusCode()).isEqualTo(200);
        assertThat(harness.send(threadReply(channel, first, newTs(), "and for contractors?")).statusCode())
                .isEqualTo(200);
        List<Call> replies = replies(channel, 2);
        assertThat(replies).hasSize(2);
        assertThat(replies.get(1).params()).containsEntry("thread_ts", first);
        settle();
        assertThat(harness.api.calls("chat.postMessage", call -> otherThread.equals(call.params().get("thread_ts"))))
                .isEmpty();
    }

    @Test
    void botsAreIgnored() throws Exception {
        String channel = newChannel();
        ObjectNode bot = SlackFixtures.json("message_bot_message");
        bot.put("event_id", newEventId()).put("team_id", CapturedSlackApi.TEAM);
        ((ObjectNode) bot.get("event")).put("channel", channel).put("channel_type", "channel")
                .put("text", "<@" + CapturedSlackApi.BOT_USER + "> How do I reset my VPN password?");
        assertThat(harness.send(bot).statusCode()).isEqualTo(200);
        ObjectNode botMention = mention(channel, newTs(), "How do I reset my VPN password?");
        ((ObjectNode) botMention.get("event")).put("bot_id", "B0OTHER01");
        assertThat(harness.send(botMention).statusCode()).isEqualTo(200);
        settle();
        assertThat(harness.api.calls("chat.postMessage", call -> channel.equals(call.params().get("channel")))).isEmpty();
    }

    @Test
    void aChannelWhereBatonIsNotEnabledIsIgnored() throws Exception {
        harness.send(mention(SlackAppHarness.DISABLED_CHANNEL, newTs(), "How do I reset my VPN password?"));
        settle();
        assertThat(harness.api.calls("chat.postMessage",
                call -> SlackAppHarness.DISABLED_CHANNEL.equals(call.params().get("channel")))).isEmpty();
    }

    @Test
    void unsignedForgedAndStaleRequestsGet401AndAreNotProcessed() throws Exception {
        String channel = newChannel();
        String body = SlackFixtures.JSON.writeValueAsString(mention(channel, newTs(), "How do I reset my VPN password?"));
        long now = Instant.now().getEpochSecond();
        assertThat(harness.slack.unsigned(body).statusCode()).isEqualTo(401);
        assertThat(harness.slack.send(body, "application/json", now, "not-the-secret", "").statusCode()).isEqualTo(401);
        assertThat(harness.slack.send(body, "application/json", now - 6 * 60, SlackAppHarness.SECRET, "").statusCode())
                .isEqualTo(401);
        String tampered = body.replace("VPN", "VPX");
        assertThat(harness.slack.send(tampered, "application/json", now,
                "irrelevant", "").statusCode()).isEqualTo(401);
        settle();
        assertThat(harness.api.calls("chat.postMessage", call -> channel.equals(call.params().get("channel")))).isEmpty();
    }

    @Test
    void malformedJsonIsAClientError() throws Exception {
        HttpResponse<String> response = harness.slack.json("{\"type\": \"event_callback\", \"event\": {");
        assertThat(response.statusCode()).isBetween(400, 499);
    }

    @Test
    void anUnknownEventTypeIsAcknowledgedAndIgnored() throws Exception {
        ObjectNode reaction = SlackFixtures.json("reaction_added");
        reaction.put("event_id", newEventId());
        assertThat(harness.send(reaction).statusCode()).isEqualTo(200);
    }

    @Test
    void theUrlVerificationChallengeIsAnswered() throws Exception {
        HttpResponse<String> response = harness.send(SlackFixtures.json("url_verification"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void aHugeMessageGetsAnExplanationNotSilence() throws Exception {
        String channel = newChannel();
        HttpResponse<String> response = harness.send(mention(channel, newTs(), "vpn ".repeat(9_900)));
        assertThat(response.statusCode()).isEqualTo(200);
        Call reply = replies(channel, 1).getFirst();
        assertThat(reply.blocks().get(0).get("text").get("text").asText()).contains("I can take questions of up to 4000");
    }

    @Test
    void theSameEventDeliveredFourTimesIsAnsweredOnce() throws Exception {
        String channel = newChannel();
        String body = SlackFixtures.JSON.writeValueAsString(mention(channel, newTs(), "How do I reset my VPN password?"));
        for (int retry = 0; retry < 4; retry++) {
            HttpResponse<String> response = retry == 0 ? harness.slack.json(body) : harness.slack.json(body, retry);
            assertThat(response.statusCode()).isEqualTo(200);
        }
        assertThat(replies(channel, 1)).hasSize(1);
        settle();
        assertThat(harness.api.calls("chat.postMessage", call -> channel.equals(call.params().get("channel")))).hasSize(1);
    }

    @Test
    void theSameMessageUnderTwoEventIdsIsAnsweredOnce() throws Exception {
        String channel = newChannel();
        String ts = newTs();
        ObjectNode asMention = mention(channel, ts, "How do I reset my VPN password?");
        ObjectNode asMessage = threadReply(channel, ts, ts, "<@" + CapturedSlackApi.BOT_USER + "> How do I reset my VPN password?");
        ((ObjectNode) asMessage.get("event")).remove("thread_ts");
        ((ObjectNode) asMessage.get("event")).remove("parent_user_id");
        ObjectNode redelivered = asMention.deepCopy().put("event_id", newEventId());
        assertThat(harness.send(asMention).statusCode()).isEqualTo(200);
        assertThat(harness.send(asMessage).statusCode()).isEqualTo(200);
        assertThat(harness.send(redelivered).statusCode()).isEqualTo(200);
        assertThat(replies(channel, 1)).hasSize(1);
        settle();
        assertThat(harness.api.calls("chat.postMessage", call -> channel.equals(call.params().get("channel")))).hasSize(1);
    }

    @Test
    void a429WithRetryAfterIsRetriedAndPostedOnce() throws Exception {
        String channel = newChannel();
        int failedBefore = harness.api.calls("chat.postMessage#failed").size();
        harness.api.failNext("chat.postMessage", 1, 429, Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}");
        harness.send(mention(channel, newTs(), "How do I reset my VPN password?"));
        assertThat(replies(channel, 1)).hasSize(1);
        assertThat(harness.api.calls("chat.postMessage#failed")).hasSize(failedBefore + 1);
        settle();
        assertThat(harness.api.calls("chat.postMessage", call -> channel.equals(call.params().get("channel")))).hasSize(1);
    }

    @Test
    void editsAndDeletionsAreAcknowledgedWithoutASecondAnswer() throws Exception {
        String channel = newChannel();
        String ts = newTs();
        harness.send(mention(channel, ts, "How do I reset my VPN password?"));
        assertThat(replies(channel, 1)).hasSize(1);
        ObjectNode edit = SlackFixtures.json("message_changed");
        edit.put("event_id", newEventId()).put("team_id", CapturedSlackApi.TEAM);
        ((ObjectNode) edit.get("event")).put("channel", channel).put("ts", newTs());
        ((ObjectNode) edit.get("event").get("message")).put("ts", ts)
                .put("text", "<@" + CapturedSlackApi.BOT_USER + "> How do I reset my VPN password on a Mac?");
        assertThat(harness.send(edit).statusCode()).isEqualTo(200);
        ObjectNode deletion = SlackFixtures.json("message_deleted");
        deletion.put("event_id", newEventId()).put("team_id", CapturedSlackApi.TEAM);
        ((ObjectNode) deletion.get("event")).put("channel", channel).put("ts", newTs()).put("deleted_ts", ts);
        assertThat(harness.send(deletion).statusCode()).isEqualTo(200);
        settle();
        assertThat(harness.api.calls("chat.postMessage", call -> channel.equals(call.params().get("channel")))).hasSize(1);
    }

    @Test
    void whenAnsweringFailsBatonSaysSoInTheThreadWithTheWayToAHuman() throws Exception {
        String channel = newChannel();
        String ts = newTs();
        harness.api.failNext("chat.postMessage", 1, 200, Map.of(), "{\"ok\":false,\"error\":\"msg_too_long\"}");
        harness.send(mention(channel, ts, "How do I reset my VPN password?"));
        Call notice = replies(channel, 1).getFirst();
        assertThat(notice.params()).containsEntry("thread_ts", ts);
        assertThat(notice.params().get("text")).contains("something went wrong").contains("/human");
        JsonNode blocks = notice.blocks();
        assertThat(blocks.get(blocks.size() - 1).get("elements").get(0).get("action_id").asText()).isEqualTo("baton_human");
    }
}
