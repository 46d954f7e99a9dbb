package dev.baton.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestLogFormat {
    private Settings load(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }

    @Test
    void textByDefaultJsonOnRequestAndAClearErrorOtherwise() {
        assertThat(LogFormat.from(load(Map.of()))).isEqualTo(LogFormat.TEXT);
        assertThat(LogFormat.from(load(Map.of("BATON_LOG_FORMAT", "json")))).isEqualTo(LogFormat.JSON);

        Settings bad = load(Map.of("BATON_LOG_FORMAT", "yaml"));
        LogFormat.from(bad);
        assertThat(bad.problems()).extracting(ConfigProblem::message).containsExactly("must be one of: text, json");
    }
}
