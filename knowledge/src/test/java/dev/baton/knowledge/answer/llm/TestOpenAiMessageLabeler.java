package dev.baton.knowledge.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import dev.baton.config.Secret;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestOpenAiMessageLabeler {
    private static final Map<String, String> LABELS = new LinkedHashMap<>(Map.of(
            "frustration", "the person is angry or exasperated",
            "cancellation", "the person wants to cancel or leave"));

    private final OpenAiWireServer server = new OpenAiWireServer();
    private OpenAIClient client;
    private OpenAiMessageLabeler labeler;

    @BeforeEach
    void start() {
        OpenAiConfig config = new OpenAiConfig(Optional.of(server.baseUrl()), Optional.of(new Secret("k")), "test-model",
                Duration.ofSeconds(5), 0, 300, 0.2);
        client = OpenAiModule.createClient(config);
        labeler = new OpenAiMessageLabeler(client, config);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void keepsOnlyTheLabelsOfferedAndSendsThemWithTheMessage() {
        server.replyWithContent("{\"labels\":[\"frustration\",\"made-up\"]}");

        assertThat(labeler.labels("Third time asking, this is hopeless", LABELS)).containsExactly("frustration");

        OpenAiWireServer.Recorded request = server.requests().getFirst();
        assertThat(request.body().get("messages").get(0).get("content").asText())
                .startsWith(OpenAiMessageLabeler.INSTRUCTIONS)
                .contains("- frustration: the person is angry or exasperated", "- cancellation: ");
        assertThat(request.body().get("messages").get(1).get("content").asText())
                .isEqualTo("Third time asking, this is hopeless");
        assertThat(request.body().get("response_format").get("type").asText()).isEqualTo("json_schema");
    }

    @Test
    void failuresAndGarbageGiveNoLabels() {
        server.reply(500, "{\"error\":{\"message\":\"down\",\"type\":\"server_error\"}}");
        assertThat(labeler.labels("I want to cancel", LABELS)).isEmpty();
        server.replyWithContent("not json at all");
        assertThat(labeler.labels("I want to cancel", LABELS)).isEmpty();
        assertThat(labeler.labels("   ", LABELS)).isEmpty();
        assertThat(server.requests()).as("a blank message is not sent").hasSize(2);
    }
}
