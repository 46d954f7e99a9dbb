package dev.baton.bot.teams;

import dev.baton.bot.conversation.Feedback;
import dev.baton.bot.conversation.FeedbackStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.handoff.lifecycle.HandoffService;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Microsoft's own Teams emulator, the Microsoft 365 Agents Playground (npm
 * {@code @microsoft/m365agentsplayground}), run headless against Baton in local mode: a question
 * typed in the playground's personal chat comes back as Baton's answer card, the card's Helpful
 * button is recorded, and "human" hands off. The playground is driven through the HTTP API its web
 * page uses, and what it received is read from its log. Skipped when Node.js or the package is missing.
 */
@Tag("agents-playground")
class TestAgentsPlaygroundEndToEnd {
    private static final String VERSION = "0.2.28";
    private static final Path INSTALL = Path.of("target", "agents-playground");
    private static final Path CLI = INSTALL.resolve("node_modules/@microsoft/m365agentsplayground/cli.js");
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TeamsTestApp baton;
    private static Process playground;
    private static Path workDirectory;
    private static URI playgroundUri;
    // HTTP/1.1 only: the playground's Node server drops Java's h2c upgrade request.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path cli = Optional.ofNullable(System.getenv("AGENTS_PLAYGROUND_CLI")).map(Path::of).orElse(CLI);
        assumeTrue(run(List.of("node", "--version"), Duration.ofSeconds(10)), "Node.js is not installed");
        if (!Files.exists(cli)) {
            Files.createDirectories(INSTALL);
            run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", INSTALL.toString(),
                    "@microsoft/m365agentsplayground@" + VERSION), Duration.ofMinutes(3));
        }
        assumeTrue(Files.exists(cli), "the Agents Playground is not installed and npm could not install it: run "
                + "npm install --prefix bot/target/agents-playground @microsoft/m365agentsplayground@" + VERSION);

        baton = TeamsTestApp.withoutAuthentication(LocalBotConnector.shared());
        workDirectory = Files.createTempDirectory("agents-playground-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        playgroundUri = URI.create("http://127.0.0.1:" + port);
        ProcessBuilder builder = new ProcessBuilder("node", cli.toAbsolutePath().toString(),
                "-e", baton.messagesUri().toString(), "-c", "msteams", "-p", String.valueOf(port), "--dt")
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("stdout.log").toFile());
        builder.environment().put("TEAMSAPPTESTER_BROWSER", "none");
        builder.environment().put("M365_AGENTS_PLAYGROUND_LOGFILE", workDirectory.resolve("playground.log").toString());
        playground = builder.start();
        awaitLog(line -> line.contains("Listening on"));
        // The playground connects to the bot when its page first asks for the configuration.
        HttpResponse<String> config = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                playgroundUri.resolve("/_internal/v1/config")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(config.statusCode()).isEqualTo(200);
        awaitLog(line -> line.contains("Connected."));
    }

    @AfterAll
    static void stop() throws Exception {
        if (playground != null) {
            playground.destroy();
            if (!playground.waitFor(10, TimeUnit.SECONDS)) {
                playground.destroyForcibly();
            }
        }
        if (baton != null) {
            baton.close();
        }
    }

    @Test
    void aQuestionInThePlaygroundComesBackAsAnAnswerCardWhoseButtonsWork() throws Exception {
        JsonNode config = JSON.readTree(get("/_internal/v1/config")).get("config");
        String conversation = config.get("personalChat").get("id").asText();
        String user = config.get("currentUser").get("id").asText();

        post("/_conversation/v1/conversations/" + conversation + "/messages",
                Map.of("from", Map.of("id", user), "text", "How do I reset my VPN password?", "textFormat", "plain"));
        JsonNode card = botMessage(conversation, message -> message.has("attachments"));
        JsonNode content = card.get("attachments").get(0).get("content");
        assertThat(card.get("attachments").get(0).get("contentType").asText()).isEqualTo(AnswerCard.CONTENT_TYPE);
        assertThat(content.get("body").get(0).get("text").asText()).contains("[1]");
        JsonNode helpful = content.get("actions").get(0).get("data");

        post("/_conversation/v1/submit", Map.of("conversation", Map.of("id", conversation), "from", Map.of("id", user),
                "replyToId", card.get("messageId").asText(), "value", helpful));
        botMessage(conversation, message -> message.path("text").asText().startsWith("Thanks for the feedback"));
        assertThat(baton.instance(FeedbackStore.class).forConversation(helpful.get("conversation").asText()))
                .extracting(Feedback::helpful).containsExactly(true);

        post("/_conversation/v1/conversations/" + conversation + "/messages",
                Map.of("from", Map.of("id", user), "text", "human", "textFormat", "plain"));
        botMessage(conversation, message -> message.path("text").asText().contains("asked a person from the support team"));
        assertThat(baton.instance(HandoffService.class).activeFor(helpful.get("conversation").asText())).isPresent();
    }

    /** A message the bot sent into the playground's conversation, as the playground recorded it. */
    private static JsonNode botMessage(String conversation, Predicate<JsonNode> wanted) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        awaitLog(line -> {
            int start = line.indexOf("{\"action\":\"createMessage\"");
            if (start < 0) {
                return false;
            }
            try {
                JsonNode event = JSON.readTree(line.substring(start));
                JsonNode message = event.get("message");
                if (event.get("actionConversationId").asText().equals(conversation)
                        && !message.get("from").get("id").asText().startsWith("user-") && wanted.test(message)) {
                    found.add(message);
                    return true;
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        });
        return found.getFirst();
    }

    private static void awaitLog(Predicate<String> wanted) throws Exception {
        Path log = workDirectory.resolve("playground.log");
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!playground.isAlive()) {
                throw new AssertionError("the Agents Playground exited: " + Files.readString(workDirectory.resolve("stdout.log")));
            }
            if (Files.exists(log) && Files.readAllLines(log).stream().anyMatch(wanted)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the Agents Playground did not log what was expected within " + WITHIN + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(playgroundUri.resolve(path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private void post(String path, Object body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(playgroundUri.resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private static boolean run(List<String> command, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
