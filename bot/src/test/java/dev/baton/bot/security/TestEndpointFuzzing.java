package dev.baton.bot.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.bot.testing.RunningBaton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A bounded fuzz run: malformed, truncated, oversized and wrongly typed bodies at every JSON endpoint
 * of the whole application. Each gets a 4xx (or, if it is a valid request after all, its answer) and
 * never a 5xx; no stack trace reaches the caller, and
 * the server keeps answering. Seeded, so a failure can be replayed.
 */
class TestEndpointFuzzing {
    private static final long SEED = 20261128L;
    private static final int BODIES_PER_ENDPOINT = 40;
    private static final List<String> ENDPOINTS = List.of(
            "/api/webchat/messages", "/api/webchat/human", "/api/webchat/handoff/survey", "/admin/login",
            "/admin/review", "/admin/proposed");
    private static final List<String> SHAPES = List.of(
            "", "{", "}", "[]", "null", "true", "42", "\"text\"", "{\"sessionId\":}", "{\"sessionId\":12345678}",
            "{\"sessionId\":\"abcdefgh\",\"text\":[1,2]}", "{\"sessionId\":\"abcdefgh\",\"text\":{\"a\":1}}",
            "{\"sessionId\":\"../../etc/passwd\",\"text\":\"hi\"}", "{\"sessionId\":\"abcdefgh\",\"text\":null}",
            "{\"sessionId\":\"abcdefgh\",\"ticketId\":\"x\",\"score\":\"five\"}",
            "{\"sessionId\":\"abcdefgh\",\"ticketId\":\"x\",\"score\":1e309}", "\u0000\u0001\u0002",
            "{\"sessionId\":\"abcdefgh\",\"text\":\"\\ud800\"}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final RunningBaton baton = RunningBaton.shared();

    private List<byte[]> bodies(Random random) {
        List<byte[]> bodies = new ArrayList<>();
        for (String shape : SHAPES) {
            bodies.add(shape.getBytes(StandardCharsets.UTF_8));
        }
        while (bodies.size() < BODIES_PER_ENDPOINT) {
            String base = SHAPES.get(random.nextInt(SHAPES.size()));
            byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
            switch (random.nextInt(3)) {
                case 0 -> bodies.add(java.util.Arrays.copyOf(bytes, bytes.length / 2)); // truncated
                case 1 -> { // random bytes
                    byte[] noise = new byte[1 + random.nextInt(200)];
                    random.nextBytes(noise);
                    bodies.add(noise);
                }
                default -> bodies.add(("{\"sessionId\":\"abcdefgh\",\"text\":\"" + "x".repeat(300_000) + "\"}")
                        .getBytes(StandardCharsets.UTF_8)); // oversized
            }
        }
        return bodies;
    }

    @Test
    void everyBadBodyGetsA4xxWithoutAStackTraceAndTheServerStaysUp() throws Exception {
        Random random = new Random(SEED);
        int sent = 0;
        for (String endpoint : ENDPOINTS) {
            for (byte[] body : bodies(random)) {
                for (String contentType : List.of("application/json", "application/x-www-form-urlencoded", "text/plain")) {
                    HttpResponse<String> response;
                    try {
                        response = http.send(HttpRequest.newBuilder(URI.create(baton.baseUri() + endpoint.substring(1)))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", contentType)
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    } catch (java.io.IOException e) {
                        throw new AssertionError(endpoint + " " + contentType + " " + body.length + " bytes: " + e, e);
                    }
                    sent++;
                    // A body that is, after all, a valid request (a lone surrogate is legal JSON) may get its answer.
                    assertThat(response.statusCode()).as("%s %s %d bytes", endpoint, contentType, body.length)
                            .isBetween(200, 499);
                    assertThat(response.body()).as(endpoint).doesNotContain("java.lang.", "Exception:", "at dev.baton.", "at org.eclipse.", "Caused by");
                }
            }
        }
        assertThat(sent).isEqualTo(ENDPOINTS.size() * BODIES_PER_ENDPOINT * 3);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(baton.baseUri().resolve("/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }
}
