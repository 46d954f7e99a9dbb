package dev.baton.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The Slack Web API on 127.0.0.1, as far as Baton uses it: answers {@code auth.test},
 * {@code chat.postMessage}, {@code chat.postEphemeral}, {@code users.info} and
 * {@code conversations.open} like Slack does, records every call, and can be told to answer the
 * next call of a method with an HTTP error (429 with Retry-After).
 */
final class CapturedSlackApi implements AutoCloseable {
    static final String TEAM = "T0001BATON";
    static final String BOT_USER = "U0BATON01";
    static final String BOT_ID = "B0BATON01";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded call: the method and its parameters (form fields, or the JSON body's top-level fields). */
    record Call(String method, Map<String, String> params) {
        JsonNode blocks() {
            try {
                return JSON.readTree(params.getOrDefault("blocks", "[]"));
            } catch (IOException e) {
                throw new IllegalStateException("blocks are not JSON: " + params.get("blocks"), e);
            }
        }
    }

    private record Failure(int status, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Failure>> failures = new HashMap<>();
    private final AtomicLong clock = new AtomicLong(1_764_400_000_000L);

    CapturedSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    }

    /** The next {@code count} calls of {@code method} get this status, header and body instead of an answer. */
    synchronized void failNext(String method, int count, int status, Map<String, String> headers, String body) {
        Queue<Failure> queue = failures.computeIfAbsent(method, ignored -> new ConcurrentLinkedQueue<>());
        for (int i = 0; i < count; i++) {
            queue.add(new Failure(status, headers, body));
        }
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    List<Call> calls(String method, Predicate<Call> filter) {
        return calls(method).stream().filter(filter).toList();
    }

    /** Waits (at most {@code timeout}, polling) until {@code count} calls match; returns them. */
    List<Call> await(String method, Predicate<Call> filter, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Call> found = calls(method, filter);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(25);
            found = calls(method, filter);
        }
        return found;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            Map<String, String> params = type.startsWith("application/json") ? jsonParams(body) : formParams(body);
            Failure failure = nextFailure(method);
            if (failure != null) {
                calls.add(new Call(method + "#failed", params));
                failure.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                send(exchange, failure.status(), failure.body());
                return;
            }
            calls.add(new Call(method, params));
            send(exchange, 200, answer(method, params));
        }
    }

    private synchronized Failure nextFailure(String method) {
        Queue<Failure> queue = failures.get(method);
        return queue == null ? null : queue.poll();
    }

    private String answer(String method, Map<String, String> params) throws IOException {
        Map<String, Object> out = new HashMap<>();
        out.put("ok", true);
        switch (method) {
            case "auth.test" -> {
                out.put("url", "https://baton-test.slack.com/");
                out.put("team", "Baton Test");
                out.put("user", "baton");
                out.put("team_id", TEAM);
                out.put("user_id", BOT_USER);
                out.put("bot_id", BOT_ID);
            }
            case "chat.postMessage" -> {
                out.put("channel", params.get("channel"));
                out.put("ts", nextTs());
                out.put("message", Map.of("type", "message", "text", params.getOrDefault("text", ""), "bot_id", BOT_ID));
            }
            case "chat.postEphemeral" -> out.put("message_ts", nextTs());
            case "conversations.replies" -> out.put("messages", posted(params.get("channel"),
                    post -> params.get("ts").equals(post.params().get("thread_ts"))));
            case "conversations.history" -> out.put("messages", posted(params.get("channel"),
                    post -> !post.params().containsKey("thread_ts")));
            case "users.info" -> out.put("user", Map.of(
                    "id", params.getOrDefault("user", "U?"),
                    "name", "alice",
                    "real_name", "Alice Example",
                    "tz", "Europe/Berlin",
                    "profile", Map.of("title", "Payroll lead", "display_name", "Alice", "real_name", "Alice Example")));
            case "conversations.open" -> out.put("channel", Map.of("id", "D0" + params.getOrDefault("users", "X")));
            default -> {
                out.put("ok", false);
                out.put("error", "unknown_method");
            }
        }
        return JSON.writeValueAsString(out);
    }

    /** Baton's posts to the channel that match, as Slack lists messages, with their metadata. */
    private List<Map<String, Object>> posted(String channel, Predicate<Call> filter) throws IOException {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Call post : calls("chat.postMessage")) {
            if (channel != null && channel.equals(post.params().get("channel")) && filter.test(post)) {
                Map<String, Object> message = new HashMap<>();
                message.put("type", "message");
                message.put("bot_id", BOT_ID);
                message.put("text", post.params().getOrDefault("text", ""));
                String metadata = post.params().get("metadata");
                if (metadata != null && !metadata.isBlank()) {
                    message.put("metadata", JSON.readValue(metadata, Map.class));
                }
                messages.add(message);
            }
        }
        return messages;
    }

    private String nextTs() {
        long micros = clock.incrementAndGet();
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> formParams(String body) {
        Map<String, String> params = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            params.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    private static Map<String, String> jsonParams(String body) throws IOException {
        Map<String, String> params = new HashMap<>();
        JsonNode root = JSON.readTree(body);
        root.properties().forEach(field -> params.put(field.getKey(),
                field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString()));
        return params;
    }

    List<Call> all() {
        return new ArrayList<>(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
