package dev.baton.bot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.bot.Lifecycle;
import dev.baton.bot.server.JettyServer;
import dev.baton.config.SettingsLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole application as {@code serve} builds it (sample knowledge base, SQLite, Jetty on a free
 * loopback port) with Teams switched on and every Microsoft endpoint pointed at the {@link LocalBotConnector}.
 */
final class TeamsTestApp implements AutoCloseable {
    static final String APP_ID = "00000000-0000-0000-0000-00000000b470";
    static final String APP_PASSWORD = "test-client-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Injector injector;
    private final Lifecycle lifecycle;
    private final URI baseUri;
    private final Path dataDirectory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TeamsTestApp(Map<String, String> environment) throws Exception {
        dataDirectory = Files.createTempDirectory("baton-teams-");
        Map<String, String> env = new HashMap<>(environment);
        env.put("BATON_DATA_DIR", dataDirectory.toString());
        env.put("PORT", "0");
        env.put("BATON_SERVER_HOST", "127.0.0.1");
        env.put("BATON_TEAMS_ENABLED", "true");
        AllSettings all = AllSettings.from(SettingsLoader.load(Optional.empty(), env, getClass().getClassLoader()));
        injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.SERVER));
        lifecycle = Composition.serverLifecycle(injector);
        lifecycle.start();
        baseUri = injector.getInstance(JettyServer.class).baseUri();
    }

    /** Authentication required, app id and password set, keys and tokens from the local connector. */
    static TeamsTestApp withAuthentication(LocalBotConnector connector) throws Exception {
        return withAuthentication(connector, Map.of());
    }

    /** With more settings from the environment, such as an on-call rota. */
    static TeamsTestApp withAuthentication(LocalBotConnector connector, Map<String, String> more) throws Exception {
        Map<String, String> environment = new HashMap<>(more);
        environment.putAll(Map.of(
                "MICROSOFT_APP_ID", APP_ID,
                "MICROSOFT_APP_PASSWORD", APP_PASSWORD,
                "BATON_TEAMS_OPENID_METADATA_URL", connector.base() + "/openid",
                "BATON_TEAMS_TOKEN_URL", connector.base() + "/token"));
        return new TeamsTestApp(environment);
    }

    static TeamsTestApp withoutAuthentication(LocalBotConnector connector) throws Exception {
        return new TeamsTestApp(Map.of(
                "BATON_TEAMS_AUTH", "disabled-for-local-testing",
                "BATON_TEAMS_OPENID_METADATA_URL", connector.base() + "/openid"));
    }

    URI messagesUri() {
        return baseUri.resolve("/api/messages");
    }

    <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    HttpResponse<String> post(String body, Optional<String> bearerToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve("/api/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A documented fixture, sent to the local connector, in a conversation of its own. */
    static ObjectNode fixture(String name, LocalBotConnector connector) {
        try (InputStream in = TeamsTestApp.class.getResourceAsStream("/teams/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture /teams/" + name);
            }
            ObjectNode activity = (ObjectNode) JSON.readTree(in);
            activity.put("serviceUrl", connector.serviceUrl());
            ObjectNode conversation = (ObjectNode) activity.get("conversation");
            String id = conversation.get("id").asText();
            String unique = "-" + UUID.randomUUID().toString().substring(0, 8);
            int marker = id.indexOf(";messageid=");
            conversation.put("id", marker < 0 ? id + unique : id.substring(0, marker) + unique + id.substring(marker));
            return activity;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        lifecycle.stop();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
