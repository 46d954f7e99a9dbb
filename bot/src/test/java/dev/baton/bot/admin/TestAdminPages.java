package dev.baton.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.handoff.HandoffCoordinator;
import dev.baton.bot.server.Json;
import dev.baton.bot.testing.RunningBaton;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.handoff.store.StaffThreadStore;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin pages over HTTP on the whole application: nothing readable without signing in. */
class TestAdminPages {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final RunningBaton baton = RunningBaton.shared();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(baton.baseUri().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/admin/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void say(String text) throws Exception {
        http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/api/webchat/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"sessionId\":\"" + UUID.randomUUID() + "\",\"text\":\"" + text + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nothingIsReadableWithoutSigningIn() throws Exception {
        for (String page : new String[] {"/admin", "/admin/queue", "/admin/gaps"}) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).contains("/admin/login");
            assertThat(response.body()).doesNotContain("Containment");
        }
        for (String api : new String[] {"/admin/api/overview", "/admin/api/queue", "/admin/api/gaps"}) {
            HttpResponse<String> response = get(api);
            assertThat(response.statusCode()).as(api).isEqualTo(401);
            assertThat(response.body()).contains("sign-in required");
        }
        assertThat(get("/admin/api/overview", "Authorization", "Bearer wrong-token-0123456789").statusCode()).isEqualTo(401);
        assertThat(get("/admin", "Cookie", AdminServlet.COOKIE + "=9999999999999.forged").statusCode()).isEqualTo(303);

        HttpResponse<String> wrong = login("not-the-token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("That is not the admin token");
        assertThat(get("/admin/login").body()).contains("Sign in to Baton admin");
    }

    private HttpResponse<String> postForm(String path, String session, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(baton.baseUri().resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", session)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReviewerTagsWhyAConversationWentWrong() throws Exception {
        String question = "Where can I rent a llama for the team offsite " + UUID.randomUUID() + "?";
        say(question);
        String cookie = login(RunningBaton.ADMIN_TOKEN).headers().firstValue("Set-Cookie").orElseThrow();
        String session = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<String> page = get("/admin/review?flag=" + URLEncoder.encode("low confidence", StandardCharsets.UTF_8),
                "Cookie", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(question, "low confidence", "name=\"cause\"");
        JsonNode items = Json.mapper().readTree(get("/admin/api/review?flag=" + URLEncoder.encode("low confidence",
                StandardCharsets.UTF_8), "Authorization", "Bearer " + RunningBaton.ADMIN_TOKEN).body());
        String conversation = null;
        for (JsonNode item : items) {
            if (item.get("transcript").get(0).get("text").asText().equals(question)) {
                conversation = item.get("facts").get("conversationId").asText();
            }
        }
        assertThat(conversation).isNotNull();

        HttpResponse<String> tagged = postForm("/admin/review", session,
                "conversation=" + conversation + "&cause=missing-content&note=write+an+offsite+page&days=30");
        assertThat(tagged.statusCode()).isEqualTo(303);
        assertThat(get("/admin/review", "Cookie", session).body()).contains("tagged missing content", "write an offsite page");

        HttpResponse<String> badCause = postForm("/admin/review", session, "conversation=" + conversation + "&cause=vibes");
        assertThat(badCause.statusCode()).isEqualTo(400);
        assertThat(badCause.body()).contains("no such cause: vibes");
        assertThat(postForm("/admin/review", "Cookie=none", "conversation=x&cause=fine").statusCode())
                .as("tagging needs a session too").isEqualTo(303);
        assertThat(get("/admin/review?flag=nonsense", "Cookie", session).statusCode()).isEqualTo(400);
    }

    @Test
    void anAnswerAPersonGaveBecomesKnowledgeOnceApproved() throws Exception {
        String session = UUID.randomUUID().toString();
        String question = "How do I book the Zephyr focus pod on the fourth floor?";
        http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/api/webchat/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"sessionId\":\"" + session + "\",\"text\":\"" + question + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode handoff = Json.mapper().readTree(http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/api/webchat/human"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"" + session + "\",\"text\":\"\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String ticketId = handoff.get("ticketId").asText();
        StaffThread thread = new StaffThread("slack", "C0ONCALL01", "1732790000." + ticketId.substring(0, 6));
        baton.instance(StaffThreadStore.class).attach(ticketId, thread);
        HandoffCoordinator coordinator = baton.instance(HandoffCoordinator.class);
        Participant agent = new Participant("U0FACIL01", "Fran Facilities");
        coordinator.staffWrote(thread, agent, "Book Zephyr in the Roomly app under Spaces, then Focus pods; "
                + "bookings are limited to two hours.");
        coordinator.resolve(ticketId, agent);

        String cookie = login(RunningBaton.ADMIN_TOKEN).headers().firstValue("Set-Cookie").orElseThrow();
        String adminSession = cookie.substring(0, cookie.indexOf(';'));
        JsonNode pending = Json.mapper().readTree(get("/admin/api/proposed", "Cookie", adminSession).body());
        JsonNode proposal = null;
        for (JsonNode item : pending) {
            if (item.get("ticketId").asText().equals(ticketId)) {
                proposal = item;
            }
        }
        assertThat(proposal).isNotNull();
        assertThat(proposal.get("question").asText()).isEqualTo(question);
        assertThat(proposal.get("answer").asText()).contains("Roomly app");
        assertThat(get("/admin/proposed", "Cookie", adminSession).body()).contains("Approve and add to the knowledge base");

        HttpResponse<String> approved = postForm("/admin/proposed", adminSession, "id=" + proposal.get("id").asText()
                + "&decision=approve&question=" + URLEncoder.encode("How do I book the Zephyr focus pod?", StandardCharsets.UTF_8)
                + "&answer=" + URLEncoder.encode("Book the Zephyr focus pod in the Roomly app under Spaces, then Focus "
                        + "pods. A booking lasts at most two hours.", StandardCharsets.UTF_8));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(303);
        HttpResponse<String> again = postForm("/admin/proposed", adminSession,
                "id=" + proposal.get("id").asText() + "&decision=reject");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("was already approved");

        JsonNode answer = Json.mapper().readTree(http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/api/webchat/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"" + UUID.randomUUID()
                                + "\",\"text\":\"How can I book the Zephyr focus pod?\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(answer.get("text").asText()).contains("Roomly app");
        assertThat(answer.get("sources").toString()).contains("answer-" + proposal.get("id").asText());
    }

    @Test
    void aSignedInLeadSeesTheOverviewQueueAndGaps() throws Exception {
        say("How do I reset my VPN password?");
        say("What is the capital of Peru?");
        say("Let me talk to a human please");

        HttpResponse<String> signedIn = login(RunningBaton.ADMIN_TOKEN);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/admin");
        String session = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<String> overview = get("/admin?days=7", "Cookie", session);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Containment", "Escalation rate", "target band 20–40%", "<svg class=\"chart\"");
        assertThat(get("/admin/queue", "Cookie", session).body()).contains("Waiting for a claim", "explicit request");
        assertThat(get("/admin/gaps", "Cookie", session).body()).contains("What is the capital of Peru?");

        JsonNode json = Json.mapper().readTree(
                get("/admin/api/overview?days=30", "Authorization", "Bearer " + RunningBaton.ADMIN_TOKEN).body());
        assertThat(json.get("conversations").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(json.get("escalationRate").asDouble()).isGreaterThan(0);
        assertThat(json.get("channels").toString()).contains("webchat");

        HttpResponse<String> badPeriod = get("/admin?days=5", "Cookie", session);
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("days must be one of [7, 30, 90]");
    }
}
