package dev.baton.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bot.testing.RunningBaton;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Baton with Slack on (its Web API pointed at a {@link CapturedSlackApi}), plus helpers that send
 * the documented Slack payloads, signed, with fresh ids.
 */
final class SlackAppHarness implements AutoCloseable {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String PRIVATE_CHANNEL = "C0PRIVATE1";
    static final String DISABLED_CHANNEL = "C0SILENT1";
    /** A channel where one escalation signal is enough (escalation.channel-thresholds). */
    static final String SENSITIVE_CHANNEL = "C0SENSITIVE1";
    /** Where handoff requests are posted for the on-call team (HANDOFF_SLACK_CHANNEL). */
    static final String ON_CALL_CHANNEL = "C0ONCALL01";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static SlackAppHarness shared;

    final CapturedSlackApi api;
    final RunningBaton baton;
    final SignedSlackClient slack;

    SlackAppHarness() throws Exception {
        this(Map.of());
    }

    /** With more environment variables, such as BATON_SLACK_MAX_CONCURRENT_TURNS for the benchmark. */
    SlackAppHarness(Map<String, String> moreEnvironment) throws Exception {
        this(moreEnvironment, new com.google.inject.Module[0]);
    }

    /** With bindings replaced too, such as an index that fails ({@code FailingVectorIndex}). */
    SlackAppHarness(Map<String, String> moreEnvironment, com.google.inject.Module... overrides) throws Exception {
        api = new CapturedSlackApi();
        Map<String, String> environment = new java.util.HashMap<>(moreEnvironment);
        environment.putAll(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_API_URL", api.baseUri().toString(),
                "BATON_SLACK_CHANNELS_DISABLED", DISABLED_CHANNEL,
                "BATON_SLACK_CHANNELS_PRIVATE_ANSWERS", PRIVATE_CHANNEL,
                "BATON_ESCALATION_CHANNEL_THRESHOLDS", SENSITIVE_CHANNEL + "=1",
                "HANDOFF_SLACK_CHANNEL", ON_CALL_CHANNEL,
                // Every test speaks as the same person; the per-person limit has its own test.
                "BATON_ASSISTANT_MAX_MESSAGES_PER_MINUTE", "10000"));
        baton = RunningBaton.start(environment, overrides);
        slack = new SignedSlackClient(baton.baseUri(), SECRET);
    }

    /** One Slack-enabled Baton for every Slack test class in this JVM, stopped when the JVM exits. */
    static synchronized SlackAppHarness shared() throws Exception {
        if (shared == null) {
            shared = new SlackAppHarness();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A channel id no other test uses. */
    static String newChannel() {
        return "C0T" + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    static String newTs() {
        return "1764401" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000) + "." + String.format("%06d",
                SEQUENCE.incrementAndGet());
    }

    static String newEventId() {
        return "Ev0T" + String.format("%08d", SEQUENCE.incrementAndGet());
    }

    static ObjectNode mention(String channel, String ts, String question) {
        ObjectNode body = SlackFixtures.json("app_mention");
        body.put("team_id", CapturedSlackApi.TEAM).put("event_id", newEventId())
                .put("event_time", java.time.Instant.now().getEpochSecond());
        ((ObjectNode) body.get("event")).put("channel", channel).put("ts", ts).put("event_ts", ts)
                .put("user", "U0ALICE01").put("text", "<@" + CapturedSlackApi.BOT_USER + "> " + question);
        return body;
    }

    static ObjectNode directMessage(String channel, String ts, String text) {
        ObjectNode body = SlackFixtures.json("message_im");
        body.put("team_id", CapturedSlackApi.TEAM).put("event_id", newEventId());
        ((ObjectNode) body.get("event")).put("channel", channel).put("ts", ts).put("event_ts", ts)
                .put("user", "U0ALICE01").put("text", text);
        return body;
    }

    static ObjectNode threadReply(String channel, String threadTs, String ts, String text) {
        ObjectNode body = SlackFixtures.json("message_channels_thread_reply");
        body.put("team_id", CapturedSlackApi.TEAM).put("event_id", newEventId());
        ((ObjectNode) body.get("event")).put("channel", channel).put("ts", ts).put("event_ts", ts)
                .put("thread_ts", threadTs).put("user", "U0ALICE01").put("text", text);
        return body;
    }

    HttpResponse<String> send(ObjectNode body) throws Exception {
        return slack.json(SlackFixtures.JSON.writeValueAsString(body));
    }

    @Override
    public void close() {
        baton.stop();
        api.close();
    }
}
