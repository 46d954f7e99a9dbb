package dev.baton.bot.teams;

import dev.baton.bot.conversation.Feedback;
import dev.baton.bot.conversation.FeedbackStore;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.bot.conversation.Surface;
import dev.baton.handoff.lifecycle.HandoffService;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/messages} over real HTTP against the whole application with authentication required:
 * Microsoft's documented Teams payloads go in signed as the Bot Connector signs them, and the replies
 * are caught by a local Bot Connector at the activities' serviceUrl.
 */
class TestTeamsEndpoint {
    private static final Duration REPLY_WITHIN = Duration.ofSeconds(30);
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static LocalBotConnector connector;
    private static TeamsTestApp app;

    @BeforeAll
    static void start() throws Exception {
        connector = LocalBotConnector.shared();
        app = TeamsTestApp.withAuthentication(connector);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private HttpResponse<String> send(ObjectNode activity) throws Exception {
        return app.post(activity.toString(),
                Optional.of(connector.token(TeamsTestApp.APP_ID, activity.get("serviceUrl").asText())));
    }

    private JsonNode reply(ObjectNode activity) throws Exception {
        return reply(activity, 1);
    }

    /** The {@code nth} activity Baton posted into the activity's conversation. */
    private JsonNode reply(ObjectNode activity, int nth) throws Exception {
        String conversation = activity.get("conversation").get("id").asText();
        connector.await(request -> connector.activitiesIn(conversation).size() >= nth, REPLY_WITHIN);
        return connector.activitiesIn(conversation).get(nth - 1);
    }

    private static ObjectNode ask(String fixture, String text) {
        ObjectNode activity = TeamsTestApp.fixture(fixture, connector);
        activity.put("text", text);
        return activity;
    }

    private static JsonNode card(JsonNode reply) {
        assertThat(reply.get("attachments")).as(reply.toString()).hasSize(1);
        assertThat(reply.get("attachments").get(0).get("contentType").asText()).isEqualTo(AnswerCard.CONTENT_TYPE);
        return reply.get("attachments").get(0).get("content");
    }

    private static String batonConversation(JsonNode card) {
        return card.get("actions").get(0).get("data").get("conversation").asText();
    }

    @Test
    void aPersonalChatQuestionIsAnsweredWithACardThroughTheConnectorWithBatonsOwnToken() throws Exception {
        ObjectNode question = ask("message-personal.json", "How do I reset my VPN password?");
        HttpResponse<String> response = send(question);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);

        JsonNode reply = reply(question);
        String conversationId = question.get("conversation").get("id").asText();
        LocalBotConnector.Request post = connector.await(
                request -> LocalBotConnector.isActivityPost(request, conversationId), REPLY_WITHIN);
        assertThat(post.path()).isEqualTo("/v3/conversations/" + conversationId + "/activities/1485983408511");
        assertThat(post.authorization()).contains("Bearer " + LocalBotConnector.ISSUED_TOKEN);
        assertThat(reply.get("replyToId").asText()).isEqualTo("1485983408511");
        assertThat(reply.get("conversation").get("id").asText()).isEqualTo(conversationId);

        JsonNode card = card(reply);
        assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asText()).isEqualTo("1.5");
        assertThat(card.get("body").get(0).get("text").asText()).contains("[1]");
        assertThat(card.get("body").get(1).get("text").asText()).isEqualTo("Sources");
        assertThat(card.get("body").get(2).get("text").asText()).startsWith("[1] ").containsIgnoringCase("vpn");
        assertThat(card.get("actions")).extracting(action -> action.get("title").asText())
                .containsExactly("Helpful", "Not helpful", "Talk to a human");
        assertThat(card.get("actions")).allSatisfy(action -> assertThat(action.get("type").asText()).isEqualTo("Action.Submit"));

        // The token came from the (local) Microsoft identity platform, by the client credentials grant.
        LocalBotConnector.Request tokenRequest = connector.await(request -> request.path().equals("/token"), REPLY_WITHIN);
        String form = URLDecoder.decode(tokenRequest.body(), StandardCharsets.UTF_8);
        assertThat(form).contains("grant_type=client_credentials", "client_id=" + TeamsTestApp.APP_ID,
                "client_secret=" + TeamsTestApp.APP_PASSWORD, "scope=https://api.botframework.com/.default");

        // The tenant came from channelData (this documented payload has no conversation.tenantId).
        Conversation conversation = app.instance(ConversationStore.class).find(batonConversation(card)).orElseThrow();
        assertThat(conversation.key().surface()).isEqualTo(Surface.TEAMS);
        assertThat(conversation.key().workspace()).isEqualTo(TENANT);
        assertThat(conversation.key().channel()).isEqualTo(conversationId);
        assertThat(conversation.user().id()).isEqualTo("7faf8ab2-3d56-4244-b585-20c8a42ed2b8");
        assertThat(conversation.user().displayName()).isEqualTo("Megan Bowen");
    }

    @Test
    void aChannelMentionIsAnsweredInItsReplyChainWithTheMentionStripped() throws Exception {
        ObjectNode question = ask("message-channel-mention.json", "<at>Teams TestBot</at> How do I reset my VPN password?");
        assertThat(send(question).statusCode()).isEqualTo(202);

        JsonNode reply = reply(question);
        String teamsConversation = question.get("conversation").get("id").asText();
        assertThat(connector.requests()).anySatisfy(request -> assertThat(request.path())
                .isEqualTo("/v3/conversations/" + teamsConversation + "/activities/1481567603816"));
        Conversation conversation = app.instance(ConversationStore.class).find(batonConversation(card(reply))).orElseThrow();
        assertThat(teamsConversation).startsWith(conversation.key().channel() + ";messageid=");
        assertThat(conversation.key().thread()).isEqualTo("1481567603816");
        List<Message> history = app.instance(ConversationStore.class).history(conversation.id(), 10);
        assertThat(history.get(0).text()).isEqualTo("How do I reset my VPN password?");
    }

    @Test
    void inAChannelBatonOnlyAnswersWhenMentioned() throws Exception {
        ObjectNode unmentioned = ask("message-channel-mention.json", "How do I reset my VPN password?");
        unmentioned.remove("entities");
        assertThat(send(unmentioned).statusCode()).isEqualTo(202);

        ObjectNode mentioned = ask("message-channel-mention.json", "<at>Teams TestBot</at> How many days of annual leave do I get?");
        mentioned.set("conversation", unmentioned.get("conversation").deepCopy());
        assertThat(send(mentioned).statusCode()).isEqualTo(202);
        JsonNode reply = reply(mentioned);
        assertThat(card(reply).get("body").get(0).get("text").asText()).containsIgnoringCase("leave");
        assertThat(connector.activitiesIn(mentioned.get("conversation").get("id").asText())).hasSize(1);
    }

    @Test
    void aGroupChatMentionIsAnswered() throws Exception {
        ObjectNode question = ask("message-groupchat-mention.json", "<at>Teams TestBot</at> What is the capital of Peru?");
        assertThat(send(question).statusCode()).isEqualTo(202);
        JsonNode card = card(reply(question));
        assertThat(card.get("body").get(0).get("text").asText()).containsIgnoringCase("not sure");
        Conversation conversation = app.instance(ConversationStore.class).find(batonConversation(card)).orElseThrow();
        assertThat(conversation.key().thread()).isEmpty();
        assertThat(app.instance(ConversationStore.class).history(conversation.id(), 5).get(0).text())
                .isEqualTo("What is the capital of Peru?");
    }

    @Test
    void cardButtonsRecordFeedbackAsMessageBackAndInvokeAndTalkToAHumanHandsOff() throws Exception {
        ObjectNode question = ask("message-personal.json", "How do I reset my VPN password?");
        send(question);
        JsonNode card = card(reply(question));
        String conversation = batonConversation(card);
        String answer = card.get("actions").get(0).get("data").get("answer").asText();

        ObjectNode helpful = TeamsTestApp.fixture("message-card-submit.json", connector);
        helpful.set("conversation", question.get("conversation").deepCopy());
        ((ObjectNode) helpful.get("value")).put("conversation", conversation).put("answer", answer);
        assertThat(send(helpful).statusCode()).isEqualTo(202);
        assertThat(reply(question, 2).get("text").asText()).startsWith("Thanks for the feedback");
        assertThat(app.instance(FeedbackStore.class).forConversation(conversation))
                .extracting(Feedback::helpful, Feedback::userId, Feedback::messageRef)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        true, "7faf8ab2-3d56-4244-b585-20c8a42ed2b8", answer));

        ObjectNode notHelpful = TeamsTestApp.fixture("invoke-adaptive-card-action.json", connector);
        notHelpful.set("conversation", question.get("conversation").deepCopy());
        ((ObjectNode) notHelpful.get("value").get("action").get("data")).put("conversation", conversation).put("answer", answer);
        HttpResponse<String> invoked = send(notHelpful);
        assertThat(invoked.statusCode()).as(invoked.body()).isEqualTo(200);
        JsonNode invokeBody = new com.fasterxml.jackson.databind.ObjectMapper().readTree(invoked.body());
        assertThat(invokeBody.get("statusCode").asInt()).isEqualTo(200);
        assertThat(invokeBody.get("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(invokeBody.get("value").asText()).startsWith("Thanks for telling me");
        assertThat(app.instance(FeedbackStore.class).forConversation(conversation))
                .extracting(Feedback::helpful).containsExactly(false);
        assertThat(app.instance(FeedbackStore.class).notHelpfulCount(conversation))
                .as("Teams votes count towards the policy's thumbs-down signal").isEqualTo(1);

        ObjectNode human = TeamsTestApp.fixture("message-card-submit.json", connector);
        human.set("conversation", question.get("conversation").deepCopy());
        human.set("value", card.get("actions").get(2).get("data").deepCopy());
        send(human);
        assertThat(reply(question, 3).get("text").asText()).contains("asked a person from the support team");
        assertThat(app.instance(HandoffService.class).activeFor(conversation)).isPresent()
                .get().satisfies(ticket -> assertThat(ticket.reasons()).anySatisfy(
                        reason -> assertThat(reason).contains("Talk to a human")));
    }

    @Test
    void feedbackForAnotherConversationsCardIsNotRecorded() throws Exception {
        ObjectNode question = ask("message-personal.json", "How do I reset my VPN password?");
        send(question);
        JsonNode card = card(reply(question));
        ObjectNode forged = TeamsTestApp.fixture("message-card-submit.json", connector);
        ((ObjectNode) forged.get("value")).put("conversation", batonConversation(card)).put("answer", "x");
        send(forged);
        assertThat(reply(forged).get("text").asText()).contains("belongs to another conversation");
        assertThat(app.instance(FeedbackStore.class).forConversation(batonConversation(card))).isEmpty();
    }

    @Test
    void theHumanCommandStartsAHandoff() throws Exception {
        ObjectNode command = ask("message-personal.json", "human");
        send(command);
        JsonNode reply = reply(command);
        assertThat(reply.get("text").asText()).contains("asked a person from the support team");
        assertThat(app.instance(HandoffService.class).listActive()).anySatisfy(ticket ->
                assertThat(ticket.reasons()).contains("explicit request: the \"human\" command"));
    }

    @Test
    void newMembersAreGreetedOnceEvenWhenTheUpdateComesAgain() throws Exception {
        ObjectNode added = TeamsTestApp.fixture("conversation-update-member-added-team.json", connector);
        assertThat(send(added).statusCode()).isEqualTo(202);
        assertThat(reply(added).get("text").asText()).startsWith("Hi there! I'm Baton");
        send(added);
        ObjectNode another = added.deepCopy();
        ((ObjectNode) another.get("membersAdded").get(0)).put("id", "29:another-member").put("name", "Alex Wilber");
        send(another);
        assertThat(reply(added, 2).get("text").asText()).startsWith("Hi Alex Wilber!");
        assertThat(connector.activitiesIn(added.get("conversation").get("id").asText())).hasSize(2);
    }

    @Test
    void installingBatonInAPersonalChatIntroducesItOnce() throws Exception {
        ObjectNode installed = TeamsTestApp.fixture("conversation-update-bot-added-personal.json", connector);
        send(installed);
        assertThat(reply(installed).get("text").asText()).startsWith("Hi everyone! I'm Baton");
        send(installed);
        ObjectNode question = ask("message-personal.json", "human");
        question.set("conversation", installed.get("conversation").deepCopy());
        send(question);
        assertThat(reply(installed, 2).get("text").asText()).contains("asked a person");
        assertThat(connector.activitiesIn(installed.get("conversation").get("id").asText())).hasSize(2);
    }

    @Test
    void theMessengerReachesAStoredConversationProactively() throws Exception {
        ObjectNode question = ask("message-personal.json", "How do I reset my VPN password?");
        send(question);
        String conversation = batonConversation(card(reply(question)));

        String id = app.instance(TeamsMessenger.class).sendToConversation(conversation, "Adele from support has your request.");
        assertThat(id).startsWith("activity-");
        JsonNode proactive = reply(question, 2);
        assertThat(proactive.get("text").asText()).isEqualTo("Adele from support has your request.");
        String teamsConversation = question.get("conversation").get("id").asText();
        assertThat(proactive.has("replyToId")).as("a new message, not a reply: " + proactive).isFalse();
        assertThat(connector.requests()).filteredOn(request -> LocalBotConnector.isActivityPost(request, teamsConversation))
                .extracting(LocalBotConnector.Request::path)
                .containsExactly("/v3/conversations/" + teamsConversation + "/activities/1485983408511",
                        "/v3/conversations/" + teamsConversation + "/activities");
        assertThat(connector.requests()).filteredOn(request -> LocalBotConnector.isActivityPost(request, teamsConversation))
                .allSatisfy(request -> assertThat(request.authorization()).contains("Bearer " + LocalBotConnector.ISSUED_TOKEN));

        String sameById = app.instance(TeamsMessenger.class).sendToTeamsConversation(TENANT, teamsConversation, "Survey: how did we do?");
        assertThat(sameById).startsWith("activity-");
        assertThat(reply(question, 3).get("text").asText()).isEqualTo("Survey: how did we do?");

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        app.instance(TeamsMessenger.class).sendToConversation("no-such-conversation", "hello"))
                .isInstanceOf(TeamsException.class)
                .hasMessageContaining("no-such-conversation")
                .satisfies(e -> assertThat(((TeamsException) e).code()).isEqualTo(TeamsErrorCode.UNKNOWN_CONVERSATION));
    }

    @Test
    void requestsWithoutAValidBotFrameworkTokenAre401() throws Exception {
        ObjectNode activity = ask("message-personal.json", "How do I reset my VPN password?");
        String serviceUrl = activity.get("serviceUrl").asText();
        String body = activity.toString();

        assertThat(app.post(body, Optional.empty()).statusCode()).isEqualTo(401);
        assertThat(app.post(body, Optional.of(connector.tokenSignedByAnotherKey(TeamsTestApp.APP_ID, serviceUrl)))
                .statusCode()).isEqualTo(401);
        assertThat(app.post(body, Optional.of(connector.token("someone-elses-app", serviceUrl))).statusCode()).isEqualTo(401);
        assertThat(app.post(body, Optional.of(connector.token(TeamsTestApp.APP_ID, "https://smba.trafficmanager.net/amer/")))
                .statusCode()).as("token issued for another serviceUrl").isEqualTo(401);
        String signed = connector.token(TeamsTestApp.APP_ID, serviceUrl);
        String unsigned = signed.substring(0, signed.lastIndexOf('.') + 1);
        assertThat(app.post(body, Optional.of(unsigned)).statusCode()).isEqualTo(401);
        HttpResponse<String> rejected = app.post(body, Optional.of("not-a-jwt"));
        assertThat(rejected.statusCode()).isEqualTo(401);
        assertThat(rejected.body()).contains("Authorization").doesNotContain("Exception");

        assertThat(connector.activitiesIn(activity.get("conversation").get("id").asText())).isEmpty();
    }

    @Test
    void malformedActivitiesGetAClearError() throws Exception {
        HttpResponse<String> notJson = app.post("{\"type\": ", Optional.empty());
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("not a Bot Framework activity");

        ObjectNode noServiceUrl = ask("message-personal.json", "hi");
        noServiceUrl.remove("serviceUrl");
        HttpResponse<String> missing = app.post(noServiceUrl.toString(), Optional.empty());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("serviceUrl");
    }
}
