package dev.baton.knowledge.answer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server speaking the OpenAI chat completions wire format: it records each request
 * and answers {@code POST /v1/chat/completions} with the reply it was given.
 */
final class OpenAiWireServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** What the server sends back: an HTTP status, a JSON body, after an optional delay. */
    record Reply(int status, String body, Duration delay) {}

    /** One request as received. */
    record Recorded(String method, String path, String authorization, String contentType, JsonNode body) {}

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile Reply reply = new Reply(500, error("no reply set"), Duration.ZERO);

    OpenAiWireServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Each exchange on its own thread, so a deliberately slow reply blocks nothing else.
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "openai-wire-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    void reply(Reply next) {
        reply = next;
    }

    void reply(int status, String body) {
        reply(new Reply(status, body, Duration.ZERO));
    }

    /** A 200 with a chat.completion whose first choice says {@code content}. */
    void replyWithContent(String content) {
        reply(new Reply(200, completion(content, "stop"), Duration.ZERO));
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] received = exchange.getRequestBody().readAllBytes();
            JsonNode body = received.length == 0 ? JSON.nullNode() : JSON.readTree(received);
            requests.add(new Recorded(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
            Reply current = exchange.getRequestMethod().equals("POST")
                            && exchange.getRequestURI().getPath().equals("/v1/chat/completions")
                    ? reply
                    : new Reply(404, error("Unknown request URL"), Duration.ZERO);
            if (!current.delay().isZero()) {
                try {
                    Thread.sleep(current.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] out = current.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(current.status(), out.length);
            exchange.getResponseBody().write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        // Interrupts a handler still sleeping on a slow reply.
        executor.shutdownNow();
    }

    /** A chat.completion object as OpenAI's API reference documents it. */
    static String completion(String content, String finishReason) {
        ObjectNode message = JSON.createObjectNode()
                .put("role", "assistant")
                .put("content", content)
                .putNull("refusal");
        message.putArray("annotations");
        ObjectNode choice = JSON.createObjectNode().put("index", 0);
        choice.set("message", message);
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        return completionWith(JSON.createArrayNode().add(choice));
    }

    /** A chat.completion object with the given choices. */
    static String completionWith(ArrayNode choices) {
        ObjectNode completion = JSON.createObjectNode()
                .put("id", "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT")
                .put("object", "chat.completion")
                .put("created", 1741569952)
                .put("model", "gpt-4o-mini-2024-07-18");
        completion.set("choices", choices);
        ObjectNode usage = completion.putObject("usage")
                .put("prompt_tokens", 412)
                .put("completion_tokens", 38)
                .put("total_tokens", 450);
        usage.putObject("prompt_tokens_details").put("cached_tokens", 0).put("audio_tokens", 0);
        usage.putObject("completion_tokens_details")
                .put("reasoning_tokens", 0)
                .put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0)
                .put("rejected_prediction_tokens", 0);
        completion.put("service_tier", "default");
        completion.put("system_fingerprint", "fp_44709d6fcb");
        return completion.toString();
    }

    /** An error object as OpenAI sends it with a 4xx or 5xx status. */
    static String error(String message) {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error")
                .put("message", message)
                .put("type", "server_error")
                .putNull("param")
                .putNull("code");
        return error.toString();
    }
}
