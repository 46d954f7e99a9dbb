package dev.baton.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffState;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.handoff.store.StaffThreadStore;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Teams support channel as the on-call desk, over HTTP with signed activities: a personal-chat
 * request becomes a post in the channel, the team claims it and answers by @mentioning Baton in the
 * post's reply chain, and the answer reaches the requester's chat.
 */
class TestTeamsStaffDesk {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ON_CALL = "19:a1b2c3d4e5f6@thread.tacv2";
    private static LocalBotConnector connector;
    private static TeamsTestApp app;

    @BeforeAll
    static void start() throws Exception {
        connector = LocalBotConnector.shared();
        app = TeamsTestApp.withAuthentication(connector,
                Map.of("BATON_HANDOFF_ON_CALL", "default: teams=" + ON_CALL));
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static HttpResponse<String> send(ObjectNode activity) throws Exception {
        return app.post(activity.toString(),
                Optional.of(connector.token(TeamsTestApp.APP_ID, activity.get("serviceUrl").asText())));
    }

    /** A message in the on-call channel's reply chain {@code rootId}, @mentioning Baton. */
    private static ObjectNode inOnCallChannel(String rootId, String text) {
        ObjectNode activity = TeamsTestApp.fixture("message-channel-mention.json", connector);
        ((ObjectNode) activity.get("conversation")).put("id", ON_CALL + ";messageid=" + rootId);
        String mention = activity.get("entities").get(0).get("text").asText();
        activity.put("text", mention + " " + text);
        ((ObjectNode) activity.get("channelData").get("channel")).put("id", ON_CALL);
        activity.put("id", "msg-" + System.nanoTime());
        return activity;
    }

    private static List<String> texts(String conversationId) {
        return connector.activitiesIn(conversationId).stream().map(a -> a.path("text").asText()).toList();
    }

    private static void await(String conversationId, String contains) throws InterruptedException {
        connector.await(request -> texts(conversationId).stream().anyMatch(text -> text.contains(contains)), WAIT);
        assertThat(texts(conversationId)).anySatisfy(text -> assertThat(text).contains(contains));
    }

    @Test
    void aChannelWorksARequestFromAPersonalChat() throws Exception {
        // Baton learns where the channel is the first time someone there talks to it.
        assertThat(send(inOnCallChannel("1000", "hello")).statusCode()).isBetween(200, 202);
        connector.await(request -> !connector.activitiesIn(ON_CALL + ";messageid=1000").isEmpty(), WAIT);

        ObjectNode request = TeamsTestApp.fixture("message-personal.json", connector);
        request.put("text", "My laptop will not boot, I need a human");
        String chat = request.get("conversation").get("id").asText();
        assertThat(send(request).statusCode()).isBetween(200, 202);
        await(ON_CALL, "My laptop will not boot");

        HandoffService handoffs = app.instance(HandoffService.class);
        // The post is seen at the connector a moment before the thread is recorded against the ticket.
        Optional<HandoffTicket> posted = Optional.empty();
        long recorded = System.nanoTime() + WAIT.toNanos();
        while (posted.isEmpty() && System.nanoTime() < recorded) {
            posted = handoffs.listActive().stream()
                    .filter(t -> app.instance(StaffThreadStore.class).threadOf(t.id())
                            .map(thread -> thread.channel().equals(ON_CALL)).orElse(false))
                    .findFirst();
            Thread.sleep(25);
        }
        HandoffTicket ticket = posted.orElseThrow();
        StaffThread thread = app.instance(StaffThreadStore.class).threadOf(ticket.id()).orElseThrow();
        assertThat(thread.surface()).isEqualTo("teams");
        String chain = ON_CALL + ";messageid=" + thread.thread();

        send(inOnCallChannel(thread.thread(), "claim"));
        await(chain, "claimed this request");
        await(chat, "is now handling your request");

        send(inOnCallChannel(thread.thread(), "Hold the power button for 30 seconds, then try again."));
        await(chat, "Hold the power button for 30 seconds");

        send(inOnCallChannel(thread.thread(), "resolve"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (handoffs.find(ticket.id()).orElseThrow().state() != HandoffState.RESOLVED && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(handoffs.find(ticket.id()).orElseThrow().state()).isEqualTo(HandoffState.RESOLVED);
        await(chat, "Reply with a number from 1 to 5");
        assertThat(app.instance(ConversationStore.class).history(ticket.conversationId(), 50))
                .as("the person's answer is in the requester's transcript")
                .anySatisfy(message -> assertThat(message.text()).contains("Hold the power button"));
        JsonNode root = connector.activitiesIn(ON_CALL).getFirst();
        assertThat(root.path("text").asText()).contains("Reply here with **@Baton**");
    }
}
