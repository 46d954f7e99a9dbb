package dev.baton.knowledge.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import dev.baton.config.Secret;
import dev.baton.knowledge.answer.ConversationTurn;
import dev.baton.knowledge.answer.ConversationTurn.Speaker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LLM handoff summary over the OpenAI wire format, against a local server. */
class TestOpenAiConversationSummarizer {
    private static final List<ConversationTurn> CONVERSATION = List.of(
            new ConversationTurn(Speaker.USER, "My VPN drops every hour since Monday, error 809"),
            new ConversationTurn(Speaker.ASSISTANT, "Try reinstalling the VPN profile from the portal [1]."),
            new ConversationTurn(Speaker.USER, "Did that, still drops. I need a person."));

    private final OpenAiWireServer server = new OpenAiWireServer();
    private OpenAIClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private OpenAiConversationSummarizer summarizer(Duration timeout) {
        OpenAiConfig config = new OpenAiConfig(
                Optional.of(server.baseUrl()), Optional.of(new Secret("test-key")), "test-model", timeout, 0, 400, 0.2);
        client = OpenAiModule.createClient(config);
        return new OpenAiConversationSummarizer(client, config);
    }

    @Test
    void sendsTheLabelledConversationAndReturnsTheModelsSummary() {
        server.replyWithContent("- VPN drops hourly since Monday (error 809)\n- Reinstalling the profile did not help\n");

        assertThat(summarizer(Duration.ofSeconds(5)).summarize(CONVERSATION))
                .contains("- VPN drops hourly since Monday (error 809)\n- Reinstalling the profile did not help");

        OpenAiWireServer.Recorded request = server.requests().getFirst();
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.body().get("model").asText()).isEqualTo("test-model");
        assertThat(request.body().get("temperature").asDouble()).isZero();
        assertThat(request.body().get("messages").get(0).get("content").asText())
                .isEqualTo(OpenAiConversationSummarizer.INSTRUCTIONS);
        assertThat(request.body().get("messages").get(1).get("content").asText()).isEqualTo("""
                Employee: My VPN drops every hour since Monday, error 809
                Baton: Try reinstalling the VPN profile from the portal [1].
                Employee: Did that, still drops. I need a person.""");
    }

    @Test
    void anyFailureGivesNoSummarySoTheExtractiveOneIsUsed() {
        OpenAiConversationSummarizer summarizer = summarizer(Duration.ofMillis(500));
        server.reply(500, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");
        assertThat(summarizer.summarize(CONVERSATION)).isEmpty();

        server.reply(new OpenAiWireServer.Reply(200, OpenAiWireServer.completion("late", "stop"), Duration.ofSeconds(3)));
        assertThat(summarizer.summarize(CONVERSATION)).as("a timeout").isEmpty();

        server.reply(200, OpenAiWireServer.completion("- cut off mid", "length"));
        assertThat(summarizer.summarize(CONVERSATION)).as("a cut-off summary").isEmpty();

        server.replyWithContent("   ");
        assertThat(summarizer.summarize(CONVERSATION)).as("an empty summary").isEmpty();

        server.reply(200, "{\"not\":\"a completion\"}");
        assertThat(summarizer.summarize(CONVERSATION)).as("garbage").isEmpty();

        assertThat(summarizer.summarize(List.of())).as("nothing to summarize").isEmpty();
    }

    @Test
    void keepsTheNewestPartOfAVeryLongConversation() {
        String longMessage = "x".repeat(10_000);
        String transcript = OpenAiConversationSummarizer.transcript(List.of(
                new ConversationTurn(Speaker.USER, "first " + longMessage),
                new ConversationTurn(Speaker.USER, "last " + longMessage)));
        assertThat(transcript).startsWith("[earlier messages left out]\n").endsWith(longMessage).contains("Employee: last ");
        assertThat(transcript.length()).isLessThan(12_100);
    }
}
