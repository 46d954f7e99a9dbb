package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestSettingsLoader {
    enum Mode {
        EXTRACTIVE,
        LLM
    }

    @TempDir
    Path directory;

    private Settings load(String file, Map<String, String> environment) throws IOException {
        Optional<Path> path = Optional.empty();
        if (file != null) {
            path = Optional.of(Files.writeString(directory.resolve("baton.conf"), file));
        }
        return SettingsLoader.load(path, environment, getClass().getClassLoader());
    }

    @Test
    void defaultsApplyWhenNothingIsGiven() throws IOException {
        Settings settings = load(null, Map.of());
        assertThat(settings.integer("server.port", 0, 65535)).isEqualTo(8080);
        assertThat(settings.duration("server.shutdown-grace", Duration.ZERO, Duration.ofMinutes(5)))
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.optionalString("slack.bot-token")).isEmpty();
        assertThat(settings.bytes("answer.max-upload", 1, Long.MAX_VALUE)).isEqualTo(10_000_000L);
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void environmentBeatsFileAndFileBeatsDefaults() throws IOException {
        Settings settings = load(
                "server.port = 9000\nanswer.min-confidence = 0.7\n",
                Map.of("PORT", "9100", "BATON_DATA_DIR", "/var/baton"));
        assertThat(settings.integer("server.port", 0, 65535)).isEqualTo(9100);
        assertThat(settings.decimal("answer.min-confidence", 0, 1)).isEqualTo(0.7);
        assertThat(settings.path("data-dir")).isEqualTo(Path.of("/var/baton"));
    }

    @Test
    void genericEnvironmentNameReachesEveryKey() throws IOException {
        Settings settings = load(null, Map.of("BATON_ANSWER_MIN_CONFIDENCE", "0.25"));
        assertThat(settings.decimal("answer.min-confidence", 0, 1)).isEqualTo(0.25);
    }

    @Test
    void listsComeFromHoconOrCommaSeparatedEnvironment() throws IOException {
        assertThat(load("slack.channels = [C1, C2]", Map.of()).stringList("slack.channels"))
                .containsExactly("C1", "C2");
        assertThat(load(null, Map.of("BATON_SLACK_CHANNELS", "C1, C2,")).stringList("slack.channels"))
                .containsExactly("C1", "C2");
    }

    @Test
    void everyProblemIsReportedAtOnceWithKeyValueAndFix() throws IOException {
        Settings settings = load(
                "server.prot = 9000\nanswer.min-confidence = 2\nanswer.mode = magic\n",
                Map.of("PORT", "eighty", "BATON_SLAK_BOT_TOKEN", "x"));
        settings.integer("server.port", 1, 65535);
        settings.decimal("answer.min-confidence", 0, 1);
        settings.choice("answer.mode", Mode.class);

        assertThat(settings.problems()).extracting(ConfigProblem::describe).containsExactlyInAnyOrder(
                "server.prot (" + directory.resolve("baton.conf") + ": 1): is not a Baton setting; did you mean server.port?",
                "BATON_SLAK_BOT_TOKEN (environment): is not a Baton setting; did you mean BATON_SLACK_BOT_TOKEN?",
                "server.port = \"eighty\" (environment variable PORT): must be a whole number",
                "answer.min-confidence = \"2\" (" + directory.resolve("baton.conf") + ": 2): must be a number from 0.0 to 1.0",
                "answer.mode = \"magic\" (" + directory.resolve("baton.conf") + ": 3): must be one of: extractive, llm");
        assertThatThrownBy(settings::throwIfInvalid)
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Baton cannot start: 5 configuration problems:")
                .hasMessageContaining("did you mean server.port?");
    }

    @Test
    void badValuesFallBackToDefaultsSoEveryKeyIsStillChecked() throws IOException {
        Settings settings = load("server.shutdown-grace = forever", Map.of());
        assertThat(settings.duration("server.shutdown-grace", Duration.ZERO, Duration.ofMinutes(5)))
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.problems()).singleElement()
                .extracting(ConfigProblem::message)
                .isEqualTo("must be a duration such as 500ms, 30s or 5m");
    }

    @Test
    void secretsAreMaskedInProblemsAndInTheEffectiveSettings() throws IOException {
        Settings settings = load(null, Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret"));
        assertThat(settings.secret("slack.bot-token")).map(Secret::reveal).contains("xoxb-very-secret");
        settings.report("slack.bot-token", "is revoked");
        assertThat(settings.problems().get(0).describe()).doesNotContain("xoxb").contains("****");
        assertThat(settings.effective().get("slack.bot-token")).startsWith("****").doesNotContain("xoxb");
        assertThat(settings.effective().get("server.port")).startsWith("8080");
        assertThat(new Secret("abc")).hasToString("****");
    }

    @Test
    void urlsMustBeHttpWithAHost() throws IOException {
        Settings settings = load("slack.api-url = \"ftp://example\"", Map.of());
        assertThat(settings.optionalUrl("slack.api-url")).isEmpty();
        assertThat(settings.problems()).singleElement()
                .extracting(ConfigProblem::message)
                .asString()
                .startsWith("must be an http:// or https:// URL");
        assertThat(load("slack.api-url = \"http://127.0.0.1:9/api/\"", Map.of()).optionalUrl("slack.api-url"))
                .hasValueSatisfying(uri -> assertThat(uri.getPort()).isEqualTo(9));
    }

    @Test
    void missingOrBrokenFileStopsWithAClearMessage() throws IOException {
        assertThatThrownBy(() -> SettingsLoader.load(
                        Optional.of(directory.resolve("nope.conf")), Map.of(), getClass().getClassLoader()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("nope.conf")
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> load("server { port = ", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot be parsed");
    }

    @Test
    void problemListIsImmutableSnapshot() throws IOException {
        Settings settings = load(null, Map.of());
        List<ConfigProblem> before = settings.problems();
        settings.report("server.port", "taken");
        assertThat(before).isEmpty();
        assertThat(settings.problems()).hasSize(1);
    }
}
