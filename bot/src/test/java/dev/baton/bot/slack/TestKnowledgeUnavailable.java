package dev.baton.bot.slack;

import static dev.baton.bot.slack.SlackAppHarness.mention;
import static dev.baton.bot.slack.SlackAppHarness.newChannel;
import static dev.baton.bot.slack.SlackAppHarness.newTs;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.server.Json;
import dev.baton.bot.slack.CapturedSlackApi.Call;
import dev.baton.bot.testing.FailingVectorIndex;
import dev.baton.knowledge.KnowledgeErrorCode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The whole application with an index whose searches fail (as a Qdrant cluster that is down does):
 * the person is told Baton cannot search right now and shown the way to a human, on Slack and in the
 * web chat; the failure is logged once with the conversation id, counted, and shown by readiness;
 * asking for a person still works; and once the index is back, so is everything else.
 */
class TestKnowledgeUnavailable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final FailingVectorIndex INDEX = new FailingVectorIndex();
    private static SlackAppHarness harness;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<Logger> watched = List.of(
            (Logger) LoggerFactory.getLogger(Assistant.class), (Logger) LoggerFactory.getLogger(SlackTurns.class));

    @BeforeAll
    static void start() throws Exception {
        harness = new SlackAppHarness(Map.of(), INDEX.module());
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @BeforeEach
    void watchLogs() {
        logs.start();
        watched.forEach(logger -> logger.addAppender(logs));
    }

    @AfterEach
    void healAndStopWatching() {
        watched.forEach(logger -> logger.detachAppender(logs));
        INDEX.heal();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(harness.baton.baseUri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode webChat(String path, String session, String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(harness.baton.baseUri().resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(
                                Map.of("sessionId", session, "text", text))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private static double counted(String metrics, String line) {
        return metrics.lines().filter(l -> l.startsWith(line)).mapToDouble(l -> Double.parseDouble(
                l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aSlackQuestionIsToldTheKnowledgeBaseIsDownWithTheTalkToAHumanButton() throws Exception {
        INDEX.failSearches(KnowledgeErrorCode.INDEX_UNAVAILABLE);
        String channel = newChannel();

        assertThat(harness.send(mention(channel, newTs(), "How do I reset my VPN password?")).statusCode()).isEqualTo(200);

        Call reply = harness.api.await("chat.postMessage", call -> channel.equals(call.params().get("channel")), 1, WAIT)
                .getFirst();
        assertThat(reply.params().get("text")).contains("can't search the knowledge base right now");
        JsonNode buttons = reply.blocks().get(reply.blocks().size() - 1).get("elements");
        assertThat(buttons).extracting(button -> button.get("action_id").asText()).containsExactly("baton_human");
        List<ILoggingEvent> errors = logs.list.stream().filter(event -> event.getLevel() == Level.ERROR).toList();
        assertThat(errors).as("logged once, by the assistant, with the conversation id").hasSize(1);
        assertThat(errors.getFirst().getLoggerName()).isEqualTo(Assistant.class.getName());
        assertThat(errors.getFirst().getFormattedMessage()).contains("INDEX_UNAVAILABLE")
                .containsPattern("Conversation [0-9a-f-]{36}");
        assertThat(errors.getFirst().getMDCPropertyMap()).containsKey("conversation");
    }

    @Test
    void theWebChatIsToldToo_readinessAndMetricsShowIt_andAPersonCanStillBeReached() throws Exception {
        double before = counted(get("/metrics").body(), "baton_knowledge_failures_total{code=\"index_timeout\"");
        INDEX.failSearches(KnowledgeErrorCode.INDEX_TIMEOUT);
        String session = UUID.randomUUID().toString();

        JsonNode reply = webChat("/api/webchat/messages", session, "How many days of annual leave do I get?");

        assertThat(reply.get("kind").asText()).isEqualTo("unavailable");
        assertThat(reply.get("text").asText()).contains("can't search the knowledge base").contains("Talk to a human");
        HttpResponse<String> ready = get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("INDEX_TIMEOUT");
        assertThat(counted(get("/metrics").body(), "baton_knowledge_failures_total{code=\"index_timeout\""))
                .isEqualTo(before + 1);

        JsonNode human = webChat("/api/webchat/messages", session, "I want to talk to a human please");
        assertThat(human.get("kind").asText()).as("an explicit request needs no search").isEqualTo("handoff");
    }

    @Test
    void onceTheIndexIsBackQuestionsAreAnsweredAndReadinessRecovers() throws Exception {
        INDEX.failSearches(KnowledgeErrorCode.INDEX_FAILED);
        assertThat(webChat("/api/webchat/messages", UUID.randomUUID().toString(), "How do I reset my VPN password?")
                .get("kind").asText()).isEqualTo("unavailable");
        assertThat(get("/readyz").statusCode()).isEqualTo(503);

        INDEX.heal();
        JsonNode answered = webChat("/api/webchat/messages", UUID.randomUUID().toString(),
                "How do I reset my VPN password?");

        assertThat(answered.get("kind").asText()).isEqualTo("answer");
        assertThat(get("/readyz").statusCode()).isEqualTo(200);
    }
}
