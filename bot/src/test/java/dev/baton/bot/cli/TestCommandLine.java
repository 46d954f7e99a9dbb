package dev.baton.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.bot.Main;
import dev.baton.bot.server.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a person runs it, in-process (same code path as java -jar baton.jar). */
class TestCommandLine {
    @TempDir
    Path directory;

    private record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = commandLine.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }

    private Path settingsFile(String content) throws Exception {
        return Files.writeString(directory.resolve("baton.conf"), content);
    }

    @Test
    void askPrintsOneJsonObjectWithAnswerSourcesConfidenceAndAbstained() throws Exception {
        Path settings = settingsFile("data-dir = \"" + directory.resolve("data") + "\"\n");
        Run answered = run("ask", "--config", settings.toString(), "--json", "How do I reset my VPN password?");
        assertThat(answered.exitCode()).as(answered.err()).isZero();
        JsonNode json = Json.mapper().readTree(answered.out());
        assertThat(json.get("abstained").asBoolean()).isFalse();
        assertThat(json.get("answer").asText()).isNotBlank();
        assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("sources").get(0).get("location").asText()).startsWith("https://help.fernhill.example/");

        Run offTopic = run("ask", "--config", settings.toString(), "--json", "What is the capital of Peru?");
        assertThat(Json.mapper().readTree(offTopic.out()).get("abstained").asBoolean()).isTrue();

        Run text = run("ask", "--config", settings.toString(), "What is the capital of Peru?");
        assertThat(text.out()).contains("not sure").contains("Talk to a human");
    }

    @Test
    void resolvedTicketsAreCitedAsSimilarPastTicketsBehindDocuments() throws Exception {
        Path settings = settingsFile("data-dir = \"" + directory.resolve("data") + "\"\n");
        Path export = Files.writeString(directory.resolve("helpdesk.jsonl"), """
                {"id":"HD-7","subject":"Badge printer in Lisbon prints blank cards","body":"The badge printer at the Lisbon office prints blank cards since Monday.","resolution":"The ribbon cassette was inserted upside down. Turn the ribbon so the shiny side faces the card, then print a test badge from Badge Studio.","status":"resolved","product":"it"}
                {"id":"HD-8","subject":"Laptop fan loud","body":"Very loud fan.","status":"open"}
                """);

        Run ingested = run("ingest-tickets", "--config", settings.toString(), export.toString());
        assertThat(ingested.exitCode()).as(ingested.err()).isZero();
        assertThat(ingested.out()).contains("Tickets: 2 read, 1 resolved with a resolution used, 1 skipped (not resolved)");

        Run answer = run("ask", "--config", settings.toString(), "--json",
                "The Lisbon badge printer only prints blank cards, what do I do?");
        JsonNode json = Json.mapper().readTree(answer.out());
        assertThat(json.get("answer").asText()).contains("ribbon");
        assertThat(json.get("sources").get(0).get("location").asText()).isEqualTo("ticket:HD-7");
        assertThat(json.get("sources").get(0).get("kind").asText()).isEqualTo("TICKET");

        Run bad = run("ingest-tickets", "--config", settings.toString(), directory.resolve("tickets.xlsx").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("is not a file");
    }

    @Test
    void badSettingsStopWithEveryProblemAndExitCode2() throws Exception {
        Path settings = settingsFile("server.prot = 1\nknowledge.answer.min-confidence = 7\n");
        Run run = run("config", "--config", settings.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("2 configuration problems")
                .contains("server.prot")
                .contains("did you mean server.port?")
                .contains("knowledge.answer.min-confidence");
    }

    @Test
    void evalOnACategorizationSetPrintsTheFiguresAndOneJsonObject() throws Exception {
        Path settings = settingsFile("data-dir = \"" + directory.resolve("data") + "\"\n");
        Path set = Files.createDirectories(directory.resolve("intents"));
        Files.writeString(set.resolve("train.jsonl"), String.join("\n",
                row("I forgot my password", "password"), row("reset my password", "password"),
                row("my password expired", "password"), row("my account is locked", "password"),
                row("my laptop screen is cracked", "hardware"), row("the keyboard is broken", "hardware"),
                row("my laptop battery died", "hardware"), row("the monitor flickers", "hardware")));
        Files.writeString(set.resolve("dev.jsonl"), String.join("\n",
                row("please reset my password", "password"), row("laptop screen cracked", "hardware"),
                row("what is the capital of Peru", "out_of_scope")));

        Run run = run("eval", "--config", settings.toString(), set.toString(), "--json", "--methods", "centroid,ensemble");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Categorization evaluation: intents (dev.jsonl)").contains("latency per message");
        String[] lines = run.out().strip().split("\n");
        JsonNode json = Json.mapper().readTree(lines[lines.length - 1]);
        assertThat(json.get("dataset").asText()).isEqualTo("intents");
        assertThat(json.get("methods")).hasSize(2);
        JsonNode centroid = json.get("methods").get(0);
        assertThat(centroid.get("method").asText()).isEqualTo("CENTROID");
        assertThat(centroid.get("overall").get("inScope").asInt()).isEqualTo(2);
        assertThat(centroid.get("overall").get("outOfScope").asInt()).isEqualTo(1);
        assertThat(centroid.get("overall").get("closestAccuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("latencyP50Ms").asDouble()).isPositive();

        Run unknown = run("eval", "--config", settings.toString(), set.toString(), "--methods", "magic");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown method \"magic\"");
    }

    private static String row(String text, String label) {
        return "{\"id\": \"x\", \"text\": \"" + text + "\", \"label\": \"" + label + "\"}";
    }

    @Test
    void missingPathIsAUsageErrorNamingIt() {
        Run run = run("ingest", directory.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope does not exist");
    }
}
