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
    void missingPathIsAUsageErrorNamingIt() {
        Run run = run("ingest", directory.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope does not exist");
    }
}
