package dev.baton.bot.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Everything Microsoft runs, on 127.0.0.1: the Bot Connector at the activities' {@code serviceUrl}
 * (records what Baton posts to {@code /v3/conversations/...}), the Bot Framework's OpenID metadata and
 * signing keys ({@code /openid}, {@code /keys}, key endorsed for {@code msteams}), and the Microsoft
 * identity platform's token endpoint ({@code /token}). One per test JVM, because the SDK caches keys
 * per metadata URL in a static map.
 */
final class LocalBotConnector {
    static final String ISSUER = "https://api.botframework.com";
    static final String KEY_ID = "baton-test-key";
    static final String ISSUED_TOKEN = "connector-token-from-local-login";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalBotConnector shared;

    /** One request Baton made. */
    record Request(String method, String path, Optional<String> authorization, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    private final HttpServer server;
    private final KeyPair signingKey;
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger activityIds = new AtomicInteger();

    private LocalBotConnector() throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        signingKey = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    static synchronized LocalBotConnector shared() {
        if (shared == null) {
            try {
                shared = new LocalBotConnector();
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("local Bot Connector did not start", e);
            }
        }
        return shared;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The serviceUrl to put in activities: the connector's root, with the trailing slash Teams sends. */
    String serviceUrl() {
        return base() + "/";
    }

    /** A token as the Bot Connector signs it for {@code appId}, for activities from {@code serviceUrl}. */
    String token(String appId, String serviceUrl) {
        return token(appId, serviceUrl, signingKey);
    }

    /** The same claims signed with a key the metadata does not publish. */
    String tokenSignedByAnotherKey(String appId, String serviceUrl) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return token(appId, serviceUrl, generator.generateKeyPair());
    }

    private static String token(String appId, String serviceUrl, KeyPair key) {
        Instant now = Instant.now();
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience(appId)
                .withClaim("serviceurl", serviceUrl)
                .withKeyId(KEY_ID)
                .withNotBefore(Date.from(now.minusSeconds(60)))
                .withIssuedAt(Date.from(now.minusSeconds(60)))
                .withExpiresAt(Date.from(now.plus(Duration.ofMinutes(30))))
                .sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits (bounded) for a request that matches; Baton replies from its own thread after answering 202. */
    Request await(Predicate<Request> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                for (Request request : requests) {
                    if (wanted.test(request)) {
                        return request;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no matching request within " + timeout + "; got " + requests);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Activities posted into one conversation, in arrival order. */
    List<JsonNode> activitiesIn(String conversationId) {
        return requests().stream()
                .filter(request -> request.method().equals("POST") && isActivityPost(request, conversationId))
                .map(Request::json)
                .toList();
    }

    static boolean isActivityPost(Request request, String conversationId) {
        return request.path().startsWith("/v3/conversations/" + conversationId + "/activities");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        // Decoded, so a test can match the conversation id as Teams sent it.
        String path = exchange.getRequestURI().getPath();
        Request request = new Request(exchange.getRequestMethod(), path,
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")), body);
        synchronized (this) {
            requests.add(request);
            notifyAll();
        }
        switch (path) {
            case "/openid" -> respond(exchange, 200, Map.of(
                    "issuer", ISSUER,
                    "jwks_uri", base() + "/keys",
                    "id_token_signing_alg_values_supported", List.of("RS256"),
                    "token_endpoint_auth_methods_supported", List.of("private_key_jwt")));
            case "/keys" -> respond(exchange, 200, Map.of("keys", List.of(jwk())));
            case "/token" -> respond(exchange, 200, Map.of(
                    "token_type", "Bearer", "expires_in", 3599, "ext_expires_in", 3599, "access_token", ISSUED_TOKEN));
            default -> {
                if (path.startsWith("/v3/conversations/")) {
                    respond(exchange, 201, Map.of("id", "activity-" + activityIds.incrementAndGet()));
                } else {
                    respond(exchange, 404, Map.of("error", "no such path " + path));
                }
            }
        }
    }

    private Map<String, Object> jwk() {
        RSAPublicKey key = (RSAPublicKey) signingKey.getPublic();
        return Map.of(
                "kty", "RSA",
                "use", "sig",
                "kid", KEY_ID,
                "n", base64Url(key.getModulus()),
                "e", base64Url(key.getPublicExponent()),
                "endorsements", List.of("msteams"));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
