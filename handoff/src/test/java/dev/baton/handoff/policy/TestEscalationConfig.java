package dev.baton.handoff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestEscalationConfig {
    @TempDir
    Path directory;

    static EscalationConfig defaults() {
        return new EscalationConfig(
                weights(1),
                2,
                Map.of(),
                Map.of(SignalKind.EXPLICIT_REQUEST, 0.82, SignalKind.FRUSTRATION, 0.76,
                        SignalKind.CANCELLATION, 0.82, SignalKind.POLICY_EXCEPTION, 0.85),
                0.88,
                2,
                0.5,
                3,
                150,
                2,
                Duration.ofMinutes(30),
                8);
    }

    static Map<SignalKind, Double> weights(double weight) {
        Map<SignalKind, Double> weights = new EnumMap<>(SignalKind.class);
        for (SignalKind kind : SignalKind.values()) {
            if (kind != SignalKind.EXPLICIT_REQUEST) {
                weights.put(kind, weight);
            }
        }
        return weights;
    }

    @Test
    void pinsTheDefaults() {
        Settings settings = load(Optional.empty(), Map.of());
        EscalationConfig config = EscalationConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(defaults());
    }

    @Test
    void mapsEveryKeyFromTheFile() throws IOException {
        Path file = write("""
                escalation {
                  threshold = 3
                  channel-thresholds = ["C0123456789=1", "C0999999999 = 2.5"]
                  weight {
                    frustration = 1.5
                    cancellation = 2
                    policy-exception = 0.5
                    high-value-customer = 3
                    low-confidence = 0.25
                    complex-issue = 0.75
                    repeated-failure = 1.25
                    time-without-resolution = 0
                  }
                  similarity {
                    explicit-request = 0.9
                    frustration = 0.8
                    cancellation = 0.81
                    policy-exception = 0.83
                    repeated-question = 0.95
                  }
                  repeated-failure.min-thumbs-down = 3
                  low-confidence.below = 0.65
                  complex-issue { min-problems = 4, min-words = 200, min-error-codes = 3 }
                  time-without-resolution { max-open = 1h, max-user-turns = 12 }
                }
                """);
        Settings settings = load(Optional.of(file), Map.of());
        EscalationConfig config = EscalationConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        Map<SignalKind, Double> weights = new EnumMap<>(Map.of(
                SignalKind.FRUSTRATION, 1.5, SignalKind.CANCELLATION, 2.0, SignalKind.POLICY_EXCEPTION, 0.5,
                SignalKind.HIGH_VALUE_CUSTOMER, 3.0, SignalKind.LOW_CONFIDENCE, 0.25, SignalKind.COMPLEX_ISSUE, 0.75,
                SignalKind.REPEATED_FAILURE, 1.25, SignalKind.TIME_WITHOUT_RESOLUTION, 0.0));
        assertThat(config).isEqualTo(new EscalationConfig(
                weights,
                3,
                Map.of("C0123456789", 1.0, "C0999999999", 2.5),
                Map.of(SignalKind.EXPLICIT_REQUEST, 0.9, SignalKind.FRUSTRATION, 0.8,
                        SignalKind.CANCELLATION, 0.81, SignalKind.POLICY_EXCEPTION, 0.83),
                0.95,
                3,
                0.65,
                4,
                200,
                3,
                Duration.ofHours(1),
                12));
        assertThat(config.thresholdFor("C0123456789")).isEqualTo(1);
        assertThat(config.thresholdFor("C0000000000")).isEqualTo(3);
    }

    @Test
    void environmentVariablesWin() {
        Settings settings = load(Optional.empty(), Map.of(
                "BATON_ESCALATION_THRESHOLD", "1",
                "BATON_ESCALATION_CHANNEL_THRESHOLDS", "C1=3, C2=4",
                "BATON_ESCALATION_TIME_WITHOUT_RESOLUTION_MAX_OPEN", "10m"));
        EscalationConfig config = EscalationConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.threshold()).isEqualTo(1);
        assertThat(config.channelThresholds()).isEqualTo(Map.of("C1", 3.0, "C2", 4.0));
        assertThat(config.maxOpen()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void reportsEveryBadValueAtOnce() throws IOException {
        Path file = write("""
                escalation {
                  threshold = 0
                  channel-thresholds = ["C1", "C2=-1"]
                  weight.frustration = -1
                  similarity.cancellation = 0.2
                  complex-issue.min-problems = 1
                  time-without-resolution.max-open = 10s
                }
                """);
        Settings settings = load(Optional.of(file), Map.of());
        EscalationConfig config = EscalationConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactly(
                "escalation.weight.frustration",
                "escalation.threshold",
                "escalation.channel-thresholds",
                "escalation.channel-thresholds",
                "escalation.similarity.cancellation",
                "escalation.complex-issue.min-problems",
                "escalation.time-without-resolution.max-open");
        assertThat(settings.problems()).extracting(ConfigProblem::message).containsExactly(
                "must be a number from 0.0 to 100.0",
                "must be a number from 0.01 to 100.0",
                "each entry must be channel=threshold with a positive threshold, such as C0123456789=1 (not \"C1\")",
                "each entry must be channel=threshold with a positive threshold, such as C0123456789=1 (not \"C2=-1\")",
                "must be a number from 0.5 to 1.0",
                "must be a whole number from 2 to 100",
                "must be a duration from PT1M to PT168H");
        // The defaults stand in while start-up reports the problems.
        assertThat(config).isEqualTo(defaults());
    }

    @Test
    void refusesInconsistentRecords() {
        EscalationConfig valid = defaults();
        assertThatThrownBy(() -> new EscalationConfig(Map.of(), 2, Map.of(), valid.similarity(), 0.9, 2, 0.5, 3, 150, 2,
                        Duration.ofMinutes(30), 8))
                .hasMessageContaining("no weight for");
        Map<SignalKind, Double> withExplicit = weights(1);
        withExplicit.put(SignalKind.EXPLICIT_REQUEST, 1.0);
        assertThatThrownBy(() -> new EscalationConfig(withExplicit, 2, Map.of(), valid.similarity(), 0.9, 2, 0.5, 3, 150, 2,
                        Duration.ofMinutes(30), 8))
                .hasMessageContaining("always escalates");
        assertThatThrownBy(() -> new EscalationConfig(weights(1), 0, Map.of(), valid.similarity(), 0.9, 2, 0.5, 3, 150, 2,
                        Duration.ofMinutes(30), 8))
                .hasMessageContaining("threshold must be positive");
        assertThatThrownBy(() -> new EscalationConfig(weights(1), 2, Map.of(), Map.of(), 0.9, 2, 0.5, 3, 150, 2,
                        Duration.ofMinutes(30), 8))
                .hasMessageContaining("similarity thresholds are needed");
    }

    @Test
    void anExplicitRequestWeighsTheWholeThresholdOfItsChannel() {
        EscalationConfig config = new EscalationConfig(weights(1), 2, Map.of("C1", 5.0), defaults().similarity(), 0.9, 2,
                0.5, 3, 150, 2, Duration.ofMinutes(30), 8);
        assertThat(config.weight(SignalKind.EXPLICIT_REQUEST, "C1")).isEqualTo(5);
        assertThat(config.weight(SignalKind.EXPLICIT_REQUEST, "")).isEqualTo(2);
        assertThat(config.weight(SignalKind.FRUSTRATION, "C1")).isEqualTo(1);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(directory.resolve("baton.conf"), content);
    }

    private Settings load(Optional<Path> file, Map<String, String> environment) {
        return SettingsLoader.load(file, environment, getClass().getClassLoader());
    }
}
