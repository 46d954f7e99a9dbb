package dev.baton.knowledge.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Secret;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestOpenAiConfig {
    @TempDir
    Path directory;

    @Test
    void defaults() {
        Settings settings = load(Map.of());

        OpenAiConfig config = OpenAiConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new OpenAiConfig(
                Optional.empty(), Optional.empty(), "gpt-4o-mini", Duration.ofSeconds(20), 1, 800, 0.0));
        assertThat(config.enabled()).isFalse();
        assertThat(config.model()).isEqualTo(OpenAiConfig.DEFAULT_MODEL);
    }

    @Test
    void environmentAliasesAndGenericNames() {
        Settings settings = load(Map.of(
                "OPENAI_BASE_URL", "http://127.0.0.1:11434/v1",
                "OPENAI_API_KEY", "sk-test-123",
                "OPENAI_MODEL", "llama3.1:8b",
                "BATON_OPENAI_TIMEOUT", "750ms",
                "BATON_OPENAI_MAX_RETRIES", "0",
                "BATON_OPENAI_MAX_OUTPUT_TOKENS", "256",
                "BATON_OPENAI_TEMPERATURE", "0.3"));

        OpenAiConfig config = OpenAiConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new OpenAiConfig(
                Optional.of(URI.create("http://127.0.0.1:11434/v1")),
                Optional.of(new Secret("sk-test-123")),
                "llama3.1:8b",
                Duration.ofMillis(750),
                0,
                256,
                0.3));
        assertThat(config.enabled()).isTrue();
        assertThat(config.generator()).isEqualTo("openai:llama3.1:8b");
    }

    @Test
    void everyKeyFromTheSettingsFile() throws IOException {
        Path file = Files.writeString(directory.resolve("baton.conf"), """
                openai {
                  base-url = "https://example.openai.azure.com/openai/v1"
                  model = "gpt-4.1-mini"
                  timeout = 45s
                  max-retries = 3
                  max-output-tokens = 1200
                  temperature = 1
                }
                """);
        Settings settings = SettingsLoader.load(Optional.of(file), Map.of(), getClass().getClassLoader());

        OpenAiConfig config = OpenAiConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new OpenAiConfig(
                Optional.of(URI.create("https://example.openai.azure.com/openai/v1")),
                Optional.empty(),
                "gpt-4.1-mini",
                Duration.ofSeconds(45),
                3,
                1200,
                1.0));
        assertThat(config.enabled()).isTrue();
    }

    @Test
    void keyAloneEnablesOpenAisOwnApi() {
        OpenAiConfig config = OpenAiConfig.from(load(Map.of("OPENAI_API_KEY", "sk-test-123")));

        assertThat(config.enabled()).isTrue();
        assertThat(config.baseUrl()).isEmpty();
    }

    @Test
    void keyIsMaskedInToStringAndEffectiveSettings() {
        Settings settings = load(Map.of("OPENAI_API_KEY", "sk-test-123"));

        OpenAiConfig config = OpenAiConfig.from(settings);

        assertThat(config.toString()).doesNotContain("sk-test-123");
        assertThat(settings.effective().get("openai.api-key")).doesNotContain("sk-test-123");
    }

    @Test
    void validationMessages() {
        Settings settings = load(Map.of(
                "OPENAI_BASE_URL", "localhost:11434",
                "OPENAI_API_KEY", "sk-test-123",
                "OPENAI_MODEL", "",
                "BATON_OPENAI_TIMEOUT", "0s",
                "BATON_OPENAI_MAX_RETRIES", "11",
                "BATON_OPENAI_MAX_OUTPUT_TOKENS", "many",
                "BATON_OPENAI_TEMPERATURE", "2.5"));

        OpenAiConfig config = OpenAiConfig.from(settings);

        assertThat(settings.problems())
                .extracting(ConfigProblem::key, ConfigProblem::message)
                .containsExactlyInAnyOrder(
                        tuple("openai.base-url",
                                "must be an http:// or https:// URL with a host, such as https://api.example.com/v1"),
                        tuple("openai.model",
                                "must name a model, such as gpt-4o-mini, when openai.base-url or openai.api-key is set "
                                        + "(environment variable OPENAI_MODEL)"),
                        tuple("openai.timeout", "must be a duration from PT0.01S to PT5M"),
                        tuple("openai.max-retries", "must be a whole number from 0 to 10"),
                        tuple("openai.max-output-tokens", "must be a whole number"),
                        tuple("openai.temperature", "must be a number from 0.0 to 2.0"));
        assertThat(settings.problems())
                .allSatisfy(problem -> assertThat(problem.describe()).doesNotContain("sk-test-123"));
        // Defaults stand in for the bad values, so start-up can list every problem before it stops.
        assertThat(config.model()).isEqualTo("gpt-4o-mini");
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void missingModelIsFineWhileTheEndpointIsUnused() {
        Settings settings = load(Map.of("OPENAI_MODEL", ""));

        OpenAiConfig config = OpenAiConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.enabled()).isFalse();
    }

    @Test
    void recordRejectsWhatSettingsWouldReport() {
        assertThatThrownBy(() -> new OpenAiConfig(
                        Optional.empty(), Optional.of(new Secret("k")), " ", Duration.ofSeconds(1), 0, 100, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model");
        assertThatThrownBy(() -> new OpenAiConfig(
                        Optional.empty(), Optional.empty(), "m", Duration.ZERO, 0, 100, 0))
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> new OpenAiConfig(
                        Optional.empty(), Optional.empty(), "m", Duration.ofSeconds(1), 0, 100, Double.NaN))
                .hasMessageContaining("temperature");
    }

    private Settings load(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }
}
