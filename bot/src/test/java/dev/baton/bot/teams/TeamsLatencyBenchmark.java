package dev.baton.bot.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Figures, not assertions: how fast {@code /api/messages} acknowledges a signed Teams message (the
 * Bot Connector waits on this), and how long until the answer card reaches the local Bot Connector.
 * Run on purpose: {@code ./mvnw -B -o -pl bot -am test -Dtest=TeamsLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TeamsLatencyBenchmark {
    private static final int WARM_UP = 10;
    private static final int TURNS = 50;

    @Test
    void acknowledgementAndReplyLatency() throws Exception {
        LocalBotConnector connector = LocalBotConnector.shared();
        try (TeamsTestApp app = TeamsTestApp.withAuthentication(connector)) {
            List<Long> acks = new ArrayList<>();
            List<Long> replies = new ArrayList<>();
            String[] questions = {"How do I reset my VPN password?", "How many days of annual leave do I get?",
                    "What is the capital of Peru?"};
            for (int turn = 0; turn < WARM_UP + TURNS; turn++) {
                ObjectNode activity = TeamsTestApp.fixture("message-personal.json", connector);
                activity.put("text", questions[turn % questions.length]);
                String conversation = activity.get("conversation").get("id").asText();
                String token = connector.token(TeamsTestApp.APP_ID, activity.get("serviceUrl").asText());
                long start = System.nanoTime();
                HttpResponse<String> response = app.post(activity.toString(), Optional.of(token));
                long acked = System.nanoTime();
                if (response.statusCode() != 202) {
                    throw new AssertionError("turn " + turn + ": HTTP " + response.statusCode() + " " + response.body());
                }
                connector.await(request -> LocalBotConnector.isActivityPost(request, conversation), Duration.ofSeconds(30));
                long replied = System.nanoTime();
                if (turn >= WARM_UP) {
                    acks.add(acked - start);
                    replies.add(replied - start);
                }
            }
            System.out.printf("Teams /api/messages over %d signed turns (after %d warm-up), 2-core box:%n", TURNS, WARM_UP);
            System.out.printf("  HTTP 202 acknowledgement: p50 %.1f ms, p90 %.1f ms, max %.1f ms%n",
                    percentile(acks, 50), percentile(acks, 90), percentile(acks, 100));
            System.out.printf("  answer card at the Bot Connector: p50 %.1f ms, p90 %.1f ms, max %.1f ms%n",
                    percentile(replies, 50), percentile(replies, 90), percentile(replies, 100));
        }
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
