package dev.baton.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.server.Json;
import dev.baton.bot.testing.RunningBaton;
import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffTicket;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The web chat API over real HTTP against the whole application (sample knowledge base, SQLite). */
class TestWebChatApi {
    private static final ObjectMapper JSON = Json.mapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final RunningBaton baton = RunningBaton.shared();

    private HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(baton.baseUri().resolve(path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode say(String session, String text) throws Exception {
        HttpResponse<String> response = post("/api/webchat/messages", "application/json",
                JSON.writeValueAsString(Map.of("sessionId", session, "text", text)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String newSession() {
        return UUID.randomUUID().toString();
    }

    @Test
    void healthAndReadiness() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/readyz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"ready\"").contains("chunks indexed").contains("\"database\":\"reachable\"");
    }

    @Test
    void answersWithCitationsAndRecordsTheTurn() throws Exception {
        String session = newSession();
        JsonNode reply = say(session, "How do I reset my VPN password?");
        assertThat(reply.get("kind").asText()).isEqualTo("answer");
        assertThat(reply.get("abstained").asBoolean()).isFalse();
        assertThat(reply.get("text").asText()).contains("[1]");
        assertThat(reply.get("sources")).isNotEmpty();
        assertThat(reply.get("sources").get(0).get("title").asText()).containsIgnoringCase("vpn");
        assertThat(reply.get("confidence").asDouble()).isBetween(0.0, 1.0);

        List<Message> history = baton.instance(ConversationStore.class).history(reply.get("conversationId").asText(), 10);
        assertThat(history).extracting(Message::role).containsExactly(MessageRole.USER, MessageRole.ASSISTANT);
        assertThat(history.get(1).citations()).isNotEmpty();
    }

    @Test
    void aFollowUpIsUnderstoodInTheContextOfTheConversation() throws Exception {
        String session = newSession();
        JsonNode first = say(session, "How many days of annual leave do I get?");
        assertThat(first.get("abstained").asBoolean()).isFalse();
        assertThat(first.get("sources").get(0).get("title").asText()).containsIgnoringCase("leave");

        JsonNode followUp = say(session, "and for contractors?");
        assertThat(followUp.get("abstained").asBoolean()).as(followUp.get("text").asText()).isFalse();
        assertThat(followUp.get("text").asText()).containsIgnoringCase("contractor").containsIgnoringCase("leave");
    }

    @Test
    void saysItIsNotSureOffTopic() throws Exception {
        JsonNode reply = say(newSession(), "What is the capital of Peru?");
        assertThat(reply.get("abstained").asBoolean()).isTrue();
        assertThat(reply.get("text").asText()).containsIgnoringCase("not sure");
    }

    @Test
    void explicitRequestHandsOffAndTheBotThenStaysSilent() throws Exception {
        String session = newSession();
        say(session, "My laptop screen is flickering after the update");
        JsonNode handoff = say(session, "I want to talk to a real person");
        assertThat(handoff.get("kind").asText()).isEqualTo("handoff");
        assertThat(handoff.get("ticketId").asText()).isNotBlank();

        JsonNode next = say(session, "It also happens on battery");
        assertThat(next.get("kind").asText()).isEqualTo("with-human");
        assertThat(next.get("ticketId").asText()).isEqualTo(handoff.get("ticketId").asText());
    }

    @Test
    void twoEscalationSignalsHandOffWithTheReasonsRecorded() throws Exception {
        String session = newSession();
        JsonNode reply = say(session,
                "This is ridiculous, I am so fed up. I want my expenses refunded as an exception even though I missed the deadline.");
        assertThat(reply.get("kind").asText()).isEqualTo("handoff");
        HandoffTicket ticket = baton.instance(HandoffService.class).find(reply.get("ticketId").asText()).orElseThrow();
        assertThat(ticket.reasons()).anySatisfy(reason -> assertThat(reason).startsWithIgnoringCase("frustration"));
        assertThat(ticket.reasons()).anySatisfy(reason -> assertThat(reason).startsWithIgnoringCase("policy"));
        assertThat(ticket.summary()).contains("First question");
    }

    @Test
    void oneSignalAloneDoesNotTakeTheConversationFromTheBot() throws Exception {
        JsonNode reply = say(newSession(), "Ugh, this is annoying: how do I reset my VPN password?");
        assertThat(reply.get("kind").asText()).isEqualTo("answer");
    }

    @Test
    void talkToAHumanButtonWorksWithNoQuestionAsked() throws Exception {
        HttpResponse<String> response = post("/api/webchat/human", "application/json",
                JSON.writeValueAsString(Map.of("sessionId", newSession(), "text", "")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("kind").asText()).isEqualTo("handoff");
    }

    @Test
    void badInputGetsAClearErrorNamingTheField() throws Exception {
        HttpResponse<String> empty = post("/api/webchat/messages", "application/json",
                JSON.writeValueAsString(Map.of("sessionId", newSession(), "text", "   ")));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).get("field").asText()).isEqualTo("text");

        HttpResponse<String> session = post("/api/webchat/messages", "application/json",
                JSON.writeValueAsString(Map.of("sessionId", "x", "text", "hello")));
        assertThat(session.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(session.body()).get("field").asText()).isEqualTo("sessionId");

        HttpResponse<String> broken = post("/api/webchat/messages", "application/json", "{\"sessionId\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("at com.").doesNotContain("Exception");

        HttpResponse<String> form = post("/api/webchat/messages", "text/plain", "hello");
        assertThat(form.statusCode()).isEqualTo(415);

        HttpResponse<String> tooLong = post("/api/webchat/messages", "application/json",
                JSON.writeValueAsString(Map.of("sessionId", newSession(), "text", "a".repeat(4001))));
        assertThat(tooLong.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(tooLong.body()).get("error").asText()).contains("4001").contains("4000");

        HttpResponse<String> unknown = post("/api/webchat/nothing", "application/json",
                JSON.writeValueAsString(Map.of("sessionId", newSession(), "text", "hi")));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void servesThePageAndNothingElseFromTheClassPath() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(baton.baseUri()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Talk to a human");
        HttpResponse<String> sneaky = http.send(
                HttpRequest.newBuilder(URI.create(baton.baseUri() + "webchat/../logback.xml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sneaky.statusCode()).isEqualTo(404);
    }
}
