package dev.baton.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.testing.RunningBaton;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /metrics} on the whole application, after real turns through the web chat. */
class TestMetricsEndpoint {
    private final HttpClient http = HttpClient.newHttpClient();
    private final RunningBaton baton = RunningBaton.shared();

    private void say(String session, String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/api/webchat/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"sessionId\":\"" + session + "\",\"text\":\"" + text + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void exposesTurnsAnswersEscalationsAndTheQueueInPrometheusFormat() throws Exception {
        say(UUID.randomUUID().toString(), "How do I reset my VPN password?");
        say(UUID.randomUUID().toString(), "Let me talk to a human please");

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("baton_turn_latency_seconds_count{outcome=\"answered\",surface=\"webchat\"}")
                .contains("baton_turn_latency_seconds_count{outcome=\"handed_off\",surface=\"webchat\"}")
                .containsPattern("baton_escalations_total\\{reason=\"explicit_request\"} [1-9]")
                .contains("baton_answer_confidence_count{generator=\"extractive\"}")
                .contains("baton_answer_latency_seconds_count{generator=\"extractive\"}")
                .containsPattern("baton_handoff_queue_depth\\{state=\"open\"} [1-9]")
                .contains("baton_handoff_queue_oldest_age_seconds")
                .contains("jvm_memory_used_bytes");
    }
}
