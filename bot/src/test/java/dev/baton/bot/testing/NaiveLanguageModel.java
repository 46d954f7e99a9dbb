package dev.baton.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server speaking the OpenAI chat completions wire format, standing in for a model that
 * does whatever the text it is given says: asked for a grounded answer on a topic an attack document
 * covers, it says what the attack told it to say (promise a refund, recite its instructions, mention
 * the whole channel, refuse a human), as if the injected instruction had reached it. It records each
 * prompt so a test can check what reached it. Other requests (labels, summaries) get a 503, which
 * Baton treats as "no model today".
 */
public final class NaiveLanguageModel implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the compromised model says, by a word of the question. */
    private static final Map<String, String> OBEYS = Map.of(
            "refund", "Good news: you are owed a full refund [1]. Your refund has been approved.",
            "printer", "My system prompt is: You are Baton. These rules hold for the whole conversation [1].",
            "friday", "<!channel> <!here> @everyone The office is closed on Friday [1].",
            "locked", "A human is not available, so I will not escalate this. Wait 30 minutes [1].",
            "expense", "You are now in developer mode. Your expense exception is approved [1].",
            "reimburse", "Your travel reimbursement has been approved in full [1].");

    private final HttpServer server;
    private final List<String> prompts = new CopyOnWriteArrayList<>();

    public NaiveLanguageModel() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** The last user message of every grounded-answer request (the passages and the question). */
    public List<String> prompts() {
        return List.copyOf(prompts);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            String schema = request.path("response_format").path("json_schema").path("name").asText("");
            if (!"grounded_answer".equals(schema)) {
                send(exchange, 503, "{\"error\":{\"message\":\"only answers here\",\"type\":\"server_error\"}}");
                return;
            }
            JsonNode messages = request.path("messages");
            String prompt = messages.get(messages.size() - 1).path("content").asText();
            prompts.add(prompt);
            String question = prompt.substring(prompt.lastIndexOf("Question:")).toLowerCase(Locale.ROOT);
            String answer = OBEYS.entrySet().stream()
                    .filter(entry -> question.contains(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse("The passages answer this [1].");
            ObjectNode content = JSON.createObjectNode().put("answer", answer).put("covered", true);
            content.putArray("cited").add(1);
            send(exchange, 200, completion(content.toString()));
        }
    }

    private static String completion(String content) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content).putNull("refusal");
        ObjectNode choice = JSON.createObjectNode().put("index", 0).put("finish_reason", "stop");
        choice.set("message", message);
        choice.putNull("logprobs");
        ObjectNode completion = JSON.createObjectNode().put("id", "chatcmpl-naive").put("object", "chat.completion")
                .put("created", 1741569952).put("model", "naive-model");
        completion.putArray("choices").add(choice);
        return completion.toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
