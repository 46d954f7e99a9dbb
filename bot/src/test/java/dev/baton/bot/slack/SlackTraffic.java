package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Signed app_mention events streamed at real Baton processes the way Slack delivers them: each one
 * retried (same body, same event id, {@code X-Slack-Retry-Num}) until some process answers 200, and
 * the count of what Baton then posted, message by message.
 */
final class SlackTraffic {
    static final String SECRET = "e2e-signing-secret-for-fault-tests";
    private static final String[] QUESTIONS = {
        "How do I reset my VPN password?",
        "The VPN keeps disconnecting, what can I do?",
        "How do I set up multi-factor authentication?",
        "What is the password policy?",
    };
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    /** One message as sent: its event (with id) and the ts Baton replies under. */
    record Sent(String eventId, String ts, ObjectNode body) {}

    private SlackTraffic() {}

    /** A small knowledge base (four pages of the sample), so each (re)start takes seconds. */
    static Path knowledgeBase(Path root) throws IOException {
        Path kb = Files.createDirectories(root.resolve("kb"));
        for (String page : List.of("vpn-reset-password.md", "vpn-troubleshooting.md", "sso-and-mfa.md",
                "password-policy-and-resets.md")) {
            Files.copy(Path.of("..", "docs", "sample-kb", "it", page), kb.resolve(page));
        }
        return kb;
    }

    /** What every Baton process of these tests gets (add the data directory and the database). */
    static Map<String, String> environment(CapturedSlackApi api, Path kb) {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", "xoxb-fault-tests");
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_API_URL", api.baseUri().toString());
        env.put("BATON_KNOWLEDGE_SOURCES", kb.toString());
        env.put("BATON_SLACK_INBOX_LEASE", "4s");
        env.put("BATON_SLACK_INBOX_POLL_EVERY", "500ms");
        env.put("BATON_ASSISTANT_MAX_MESSAGES_PER_MINUTE", "10000");
        env.put("BATON_SERVER_SHUTDOWN_GRACE", "5s");
        env.put("BATON_WEBCHAT_ENABLED", "false");
        return env;
    }

    static List<Sent> mentions(String channel, int count) {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String ts = SlackAppHarness.newTs();
            ObjectNode body = SlackAppHarness.mention(channel, ts, QUESTIONS[i % QUESTIONS.length]);
            ((ObjectNode) body.get("event")).put("user", "U0FAULT" + String.format("%03d", i));
            sent.add(new Sent(body.get("event_id").asText(), ts, body));
        }
        return sent;
    }

    /**
     * Delivers one event as Slack does: to the process {@code target} names at that moment, again
     * and again (a pause, then the next retry number) until one answers 200. Returns the deliveries made.
     */
    static int deliver(Sent event, Supplier<SignedSlackClient> target) throws InterruptedException {
        String body = event.body().toString();
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            try {
                HttpResponse<String> response = attempt == 0 ? target.get().json(body) : target.get().json(body, attempt);
                if (response.statusCode() == 200) {
                    return attempt + 1;
                }
            } catch (IOException e) {
                // The process is down (killed): Slack tries again later.
            }
            Thread.sleep(150);
        }
        throw new AssertionError("event " + event.eventId() + " was never acknowledged within " + GIVE_UP_AFTER);
    }

    /** Baton's posts in the channel, by the thread (message ts) they answer. */
    static Map<String, List<CapturedSlackApi.Call>> repliesByThread(CapturedSlackApi api, String channel) {
        Map<String, List<CapturedSlackApi.Call>> byThread = new TreeMap<>();
        for (CapturedSlackApi.Call call : api.calls("chat.postMessage", c -> channel.equals(c.params().get("channel")))) {
            byThread.computeIfAbsent(call.params().getOrDefault("thread_ts", "(none)"), k -> new ArrayList<>()).add(call);
        }
        return byThread;
    }

    /** Waits (bounded) until every sent message has at least one reply. */
    static void awaitEveryMessageAnswered(CapturedSlackApi api, String channel, List<Sent> sent, Duration timeout)
            throws InterruptedException {
        Set<String> wanted = new java.util.HashSet<>(sent.stream().map(Sent::ts).toList());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !repliesByThread(api, channel).keySet().containsAll(wanted)) {
            Thread.sleep(100);
        }
    }

    /** Every message answered, each part of each reply posted once, nothing posted outside a sent thread. */
    static void assertExactlyOnce(CapturedSlackApi api, String channel, List<Sent> sent) throws IOException {
        Map<String, List<CapturedSlackApi.Call>> byThread = repliesByThread(api, channel);
        assertThat(byThread.keySet()).as("threads Baton replied in").containsExactlyInAnyOrderElementsOf(
                sent.stream().map(Sent::ts).toList());
        for (Sent message : sent) {
            List<String> parts = new ArrayList<>();
            for (CapturedSlackApi.Call post : byThread.get(message.ts())) {
                JsonNode metadata = SlackFixtures.JSON.readTree(post.params().getOrDefault("metadata", "{}"));
                assertThat(metadata.path("event_type").asText()).as("every reply is marked").isEqualTo("baton_reply");
                assertThat(metadata.path("event_payload").path("delivery").asText())
                        .isEqualTo("event:" + message.eventId());
                parts.add(metadata.path("event_payload").path("part").asText());
            }
            assertThat(parts).as("parts of the reply to %s (no part twice)", message.ts()).doesNotHaveDuplicates()
                    .contains("0");
        }
    }
}
