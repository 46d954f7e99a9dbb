package dev.baton.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.handoff.HandoffCoordinator;
import dev.baton.bot.handoff.StaffReply;
import dev.baton.bot.server.Json;
import dev.baton.bot.testing.RunningBaton;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.handoff.store.StaffThreadStore;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A web chat visitor helped by a person working from a staff thread (as the Slack desk would post
 * it): the person's replies and status changes reach the page, and the survey closes the loop.
 */
class TestWebChatHandoff {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Participant ANN = new Participant("U0ANN0001", "Ann Agent");
    private final HttpClient http = HttpClient.newHttpClient();
    private final RunningBaton baton = RunningBaton.shared();

    private HttpResponse<String> post(String path, Map<String, Object> body) throws Exception {
        return http.send(HttpRequest.newBuilder(baton.baseUri().resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode say(String session, String text) throws Exception {
        HttpResponse<String> response = post("/api/webchat/messages", Map.of("sessionId", session, "text", text));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> updates(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/api/webchat/handoff/updates?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theVisitorSeesThePersonsRepliesAndRatesTheHelp() throws Exception {
        String session = UUID.randomUUID().toString();
        JsonNode handoff = say(session, "I want to talk to a real person about my laptop");
        assertThat(handoff.get("kind").asText()).isEqualTo("handoff");
        String ticketId = handoff.get("ticketId").asText();
        StaffThread thread = new StaffThread("slack", "C0ONCALL01", "1732788000.000100");
        baton.instance(StaffThreadStore.class).attach(ticketId, thread);
        HandoffCoordinator coordinator = baton.instance(HandoffCoordinator.class);

        assertThat(coordinator.staffWrote(thread, ANN, "// checking the asset list first"))
                .isEqualTo(StaffReply.INTERNAL_NOTE);
        assertThat(coordinator.staffWrote(thread, ANN, "Hi, I'm Ann. Which laptop model is it?"))
                .isEqualTo(StaffReply.RELAYED);
        assertThat(coordinator.staffWrote(thread, new Participant("U0BOB0001", "Bob"), "I can take it"))
                .isEqualTo(StaffReply.HELD_BY_COLLEAGUE);

        JsonNode claimed = JSON.readTree(updates("sessionId=" + session).body());
        assertThat(claimed.get("handoffState").asText()).isEqualTo("claimed");
        assertThat(claimed.get("messages").findValuesAsText("text"))
                .anySatisfy(text -> assertThat(text).startsWith("Ann Agent from the support team is now handling"))
                .contains("Hi, I'm Ann. Which laptop model is it?")
                .doesNotContain("// checking the asset list first", "I can take it");
        assertThat(claimed.get("messages").findValuesAsText("kind")).contains("agent", "status");

        JsonNode reply = say(session, "A ThinkPad X1, third generation");
        assertThat(reply.get("kind").asText()).isEqualTo("with-human");
        assertThat(reply.get("text").asText()).contains("A person from the support team has your request");

        coordinator.resolve(ticketId, ANN);
        JsonNode resolved = JSON.readTree(updates("sessionId=" + session).body());
        assertThat(resolved.get("surveyTicketId").asText()).isEqualTo(ticketId);
        assertThat(resolved.get("messages").findValuesAsText("text"))
                .anySatisfy(text -> assertThat(text).contains("marked your request").contains("from 1 (very dissatisfied)"));

        HttpResponse<String> stranger = post("/api/webchat/handoff/survey",
                Map.of("sessionId", UUID.randomUUID().toString(), "ticketId", ticketId, "score", 1));
        assertThat(stranger.statusCode()).isEqualTo(409);
        assertThat(stranger.body()).contains("Only the person who asked");
        HttpResponse<String> outOfRange = post("/api/webchat/handoff/survey",
                Map.of("sessionId", session, "ticketId", ticketId, "score", 9));
        assertThat(outOfRange.statusCode()).isEqualTo(409);
        assertThat(outOfRange.body()).contains("from 1 (very dissatisfied) to 5 (very satisfied), not 9");

        HttpResponse<String> rated = post("/api/webchat/handoff/survey",
                Map.of("sessionId", session, "ticketId", ticketId, "score", 4));
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(JSON.readTree(rated.body()).get("score").asInt()).isEqualTo(4);
        assertThat(JSON.readTree(updates("sessionId=" + session).body()).get("surveyTicketId").isNull()).isTrue();

        JsonNode back = say(session, "Thanks! One more: how do I reset my VPN password?");
        assertThat(back.get("kind").asText()).as("a resolved request gives the conversation back").isEqualTo("answer");
    }

    @Test
    void aLoneScoreAfterTheResolutionAnswersTheSurvey() throws Exception {
        String session = UUID.randomUUID().toString();
        String ticketId = say(session, "Please get me a human").get("ticketId").asText();
        HandoffCoordinator coordinator = baton.instance(HandoffCoordinator.class);
        coordinator.claim(ticketId, ANN);
        JsonNode tooEarly = say(session, "5");
        assertThat(tooEarly.get("kind").asText()).as("while the request is open, 5 is a message").isEqualTo("with-human");

        coordinator.resolve(ticketId, ANN);
        JsonNode rated = say(session, "5/5");
        assertThat(rated.get("kind").asText()).isEqualTo("acknowledged");
        assertThat(rated.get("text").asText()).isEqualTo("Thank you for rating the help you got: 5 out of 5.");
        assertThat(baton.instance(dev.baton.handoff.lifecycle.HandoffSurveys.class).answerOf(ticketId).orElseThrow().score())
                .isEqualTo(5);
        assertThat(say(session, "4").get("kind").asText()).as("rated already: a new question").isEqualTo("answer");
    }

    @Test
    void theRequestIsCategorizedForRoutingToTheRightPeople() throws Exception {
        String session = UUID.randomUUID().toString();
        say(session, "The VPN keeps disconnecting every few minutes when I work from home");
        String ticketId = say(session, "I need to talk to a real person about this").get("ticketId").asText();

        assertThat(baton.instance(dev.baton.handoff.lifecycle.HandoffService.class).find(ticketId).orElseThrow().category())
                .contains("network-vpn");
    }

    @Test
    void badPollsGetClearErrors() throws Exception {
        HttpResponse<String> noSession = updates("after=0");
        assertThat(noSession.statusCode()).isEqualTo(400);
        assertThat(noSession.body()).contains("sessionId");
        HttpResponse<String> badAfter = updates("sessionId=" + UUID.randomUUID() + "&after=yesterday");
        assertThat(badAfter.statusCode()).isEqualTo(400);
        assertThat(badAfter.body()).contains("after must be a time in epoch milliseconds");
        HttpResponse<String> unknown = updates("sessionId=" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(unknown.body()).get("messages")).isEmpty();
        HttpResponse<String> noScore = post("/api/webchat/handoff/survey",
                Map.of("sessionId", UUID.randomUUID().toString(), "ticketId", "t-1"));
        assertThat(noScore.statusCode()).isEqualTo(400);
        assertThat(noScore.body()).contains("score is missing");
    }
}
