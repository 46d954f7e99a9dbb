package dev.baton.knowledge.answer.llm;

import static dev.baton.knowledge.answer.llm.OpenAiWireServer.JSON;
import static dev.baton.knowledge.answer.llm.AnswerFixtures.EXTRACTIVE;
import static dev.baton.knowledge.answer.llm.AnswerFixtures.PASSAGES;
import static dev.baton.knowledge.answer.llm.AnswerFixtures.QUESTION;
import static dev.baton.knowledge.answer.llm.AnswerFixtures.passage;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.client.OpenAIClient;
import dev.baton.config.Secret;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Citation;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.ChunkKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

class TestOpenAiAnswerer {
    private final OpenAiWireServer server = new OpenAiWireServer();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger answererLogger = (Logger) LoggerFactory.getLogger(OpenAiAnswerer.class);
    private OpenAIClient client;

    @BeforeEach
    void captureLogs() {
        logs.start();
        answererLogger.addAppender(logs);
    }

    @AfterEach
    void stop() {
        answererLogger.detachAppender(logs);
        if (client != null) {
            client.close();
        }
        server.close();
    }

    @Test
    void aFailingEndpointIsLeftAloneForAWhileThenTriedAgain() throws Exception {
        OpenAiConfig config = new OpenAiConfig(
                Optional.of(server.baseUrl()), Optional.of(new Secret("test-key")), "test-model", Duration.ofSeconds(5),
                0, 500, 0.0);
        client = OpenAiModule.createClient(config);
        OpenAiAnswerer answerer = new OpenAiAnswerer(client, config, new FixedAnswerer(EXTRACTIVE), Duration.ofMillis(300));
        server.reply(503, "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}");

        for (int call = 0; call < EndpointBreaker.FAILURES; call++) {
            assertThat(answerer.answer(QUESTION, PASSAGES)).isSameAs(EXTRACTIVE);
        }
        assertThat(server.requests()).hasSize(EndpointBreaker.FAILURES);
        assertThat(answerer.answer(QUESTION, PASSAGES)).as("open: extractive at once").isSameAs(EXTRACTIVE);
        assertThat(server.requests()).as("the endpoint was not asked while open").hasSize(EndpointBreaker.FAILURES);
        assertThat(logs.list.getLast().getFormattedMessage()).contains("CIRCUIT_OPEN");

        Thread.sleep(400);
        server.replyWithContent("{\"answer\":\"Reset it at the portal [3].\",\"cited\":[3],\"covered\":true}");
        assertThat(answerer.answer(QUESTION, PASSAGES).text()).as("a trial call after the pause")
                .isEqualTo("Reset it at the portal [1].");
        assertThat(answerer.answer(QUESTION, PASSAGES).text()).as("closed again").isEqualTo("Reset it at the portal [1].");
        assertThat(server.requests()).hasSize(EndpointBreaker.FAILURES + 2);
    }

    @Test
    void answersWithCitationsRenumberedInOrderOfAppearance() {
        server.replyWithContent("{\"answer\":\"Reset the password at the identity portal [3], then reconnect with "
                + "the Office profile [1]. See also [3].\",\"cited\":[1,3],\"covered\":true}");

        Answer answer = answer();

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.abstentionReason()).isEmpty();
        assertThat(answer.text()).isEqualTo("Reset the password at the identity portal [1], then reconnect with "
                + "the Office profile [2]. See also [1].");
        assertThat(answer.citations()).containsExactly(
                new Citation(1, "VPN guide", "docs/3.md", "Resetting your password",
                        "Reset your VPN password at https://id.example.com.", ChunkKind.DOCUMENT),
                new Citation(2, "VPN guide", "docs/1.md", "Connecting",
                        "Open the VPN client and choose the Office profile.", ChunkKind.DOCUMENT));
        assertThat(answer.confidence()).isEqualTo(0.72);
        assertThat(answer.generator()).isEqualTo("openai:test-model");
        assertThat(logs.list).isEmpty();
    }

    @Test
    void citingPassageThatWasNotGivenSendsExtractiveAnswer() {
        server.replyWithContent("{\"answer\":\"Use the portal [4].\",\"cited\":[4],\"covered\":true}");


        assertFellBack(answer(), Level.INFO, "UNGROUNDED_CITATION");
    }

    @Test
    void answerCitingNothingSendsExtractiveAnswer() {
        server.replyWithContent("{\"answer\":\"Just restart your laptop.\",\"cited\":[],\"covered\":true}");


        assertFellBack(answer(), Level.INFO, "NO_CITATION");
    }

    @Test
    void sourcesNotCoveringQuestionIsAnAbstention() {
        server.replyWithContent(
                "{\"answer\":\"The sources do not say how to reset it.\",\"cited\":[],\"covered\":false}");

        Answer answer = answer();

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.abstentionReason()).contains(OpenAiAnswerer.NOT_COVERED_REASON);
        assertThat(answer.text()).isEqualTo(OpenAiAnswerer.NOT_COVERED_TEXT);
        assertThat(answer.citations()).isEqualTo(EXTRACTIVE.citations());
        assertThat(answer.confidence()).isEqualTo(0.72);
        assertThat(answer.generator()).isEqualTo("openai:test-model");
    }

    @Test
    void contentThatIsNotTheSchemaSendsExtractiveAnswer() {
        server.replyWithContent("Sure! Reset it at the portal [3].");


        assertFellBack(answer(), Level.WARN, "MALFORMED_REPLY");
    }

    @Test
    void malformedJsonBodySendsExtractiveAnswer() {
        server.reply(200, "{\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":");


        assertFellBack(answer(), Level.WARN, "MALFORMED_REPLY");
    }

    @Test
    void emptyChoicesSendsExtractiveAnswer() {
        server.reply(200, OpenAiWireServer.completionWith(JSON.createArrayNode()));


        assertFellBack(answer(), Level.WARN, "EMPTY_CHOICES");
    }

    @Test
    void replyCutShortByTokenLimitSendsExtractiveAnswer() {
        server.reply(new OpenAiWireServer.Reply(
                200, OpenAiWireServer.completion("{\"answer\":\"Reset it at the", "length"), Duration.ZERO));


        assertFellBack(answer(), Level.WARN, "TRUNCATED");
    }

    @Test
    void refusalSendsExtractiveAnswer() throws Exception {
        JsonNode completion = JSON.readTree(OpenAiWireServer.completion(null, "stop"));
        ObjectNode choice = (ObjectNode) completion.path("choices").get(0);
        ((ObjectNode) choice.path("message")).put("refusal", "I can't help with that.");
        server.reply(200, OpenAiWireServer.completionWith(JSON.createArrayNode().add(choice)));

        assertFellBack(answer(), Level.WARN, "REFUSED");
    }

    @Test
    void serverErrorSendsExtractiveAnswerWithoutRetrying() {
        server.reply(500, OpenAiWireServer.error("The server had an error"));


        assertFellBack(answer(), Level.WARN, "SERVER_ERROR status=500");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void rejectedKeySendsExtractiveAnswer() {
        server.reply(401, OpenAiWireServer.error("Incorrect API key provided"));


        assertFellBack(answer(), Level.WARN, "REJECTED status=401");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void slowServerSendsExtractiveAnswer() {
        server.reply(new OpenAiWireServer.Reply(
                200,
                OpenAiWireServer.completion("{\"answer\":\"Too late [1].\",\"cited\":[1],\"covered\":true}", "stop"),
                Duration.ofSeconds(2)));

        Answer answer = answerer(Duration.ofMillis(300), new FixedAnswerer(EXTRACTIVE)).answer(QUESTION, PASSAGES);

        assertFellBack(answer, Level.WARN, "TIMEOUT");
    }

    @Test
    void abstainingFallbackMeansNoRequest() {
        Answer abstention = new Answer(
                "I'm not sure.", List.of(), 0.1, true, Optional.of("low retrieval confidence"), "extractive");
        FixedAnswerer fallback = new FixedAnswerer(abstention);
        server.replyWithContent("{\"answer\":\"Guess [1].\",\"cited\":[1],\"covered\":true}");

        Answer answer = answerer(Duration.ofSeconds(5), fallback).answer(QUESTION, PASSAGES);

        assertThat(answer).isSameAs(abstention);
        assertThat(fallback.calls()).isEqualTo(1);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void unsupportedRefundPromiseSendsExtractiveAnswer() {
        server.replyWithContent("{\"answer\":\"Sorry about that, we will refund you the full amount [3].\","
                + "\"cited\":[3],\"covered\":true}");


        assertFellBack(answer(), Level.INFO, "UNSUPPORTED_PROMISE commitment=REFUND");
        assertThat(logs.list.getFirst().getFormattedMessage()).doesNotContain("full amount");
    }

    @Test
    void refundGrantedByCitedPassageIsAnswered() {
        List<ScoredChunk> passages = List.of(passage(
                1, "Billing policy", "Refunds", "Annual plans cancelled within 14 days get a full refund."));
        server.replyWithContent(
                "{\"answer\":\"Cancel within 14 days for a full refund [1].\",\"cited\":[1],\"covered\":true}");

        Answer answer = answerer(Duration.ofSeconds(5), new FixedAnswerer(EXTRACTIVE))
                .answer(Question.of("Can I get my money back?"), passages);

        assertThat(answer.text()).isEqualTo("Cancel within 14 days for a full refund [1].");
        assertThat(answer.generator()).isEqualTo("openai:test-model");
    }

    private Answer answer() {
        return answerer(Duration.ofSeconds(5), new FixedAnswerer(EXTRACTIVE)).answer(QUESTION, PASSAGES);
    }

    private OpenAiAnswerer answerer(Duration timeout, FixedAnswerer fallback) {
        OpenAiConfig config = new OpenAiConfig(
                Optional.of(server.baseUrl()), Optional.of(new Secret("test-key")), "test-model", timeout, 0, 500, 0.0);
        client = OpenAiModule.createClient(config);
        return new OpenAiAnswerer(client, config, fallback);
    }

    /** The extractive answer was sent, and why was logged once, with no text of the conversation. */
    private void assertFellBack(Answer answer, Level level, String kind) {
        assertThat(answer).isSameAs(EXTRACTIVE);
        assertThat(logs.list).hasSize(1);
        ILoggingEvent event = logs.list.getFirst();
        assertThat(event.getLevel()).isEqualTo(level);
        assertThat(event.getFormattedMessage()).contains("(" + kind).contains("model=test-model");
        assertThat(event.getFormattedMessage()).doesNotContain("reset it", "VPN");
    }
}
