package dev.baton.bot.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestServerConfig {
    private Settings settings(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }

    @Test
    void defaults() {
        Settings settings = settings(Map.of());
        assertThat(ServerConfig.from(settings))
                .isEqualTo(new ServerConfig("0.0.0.0", 8080, Duration.ofSeconds(20), 1024 * 1024));
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void everyKeyMaps() {
        Settings settings = settings(Map.of(
                "BATON_SERVER_HOST", "127.0.0.1",
                "PORT", "9090",
                "BATON_SERVER_SHUTDOWN_GRACE", "5s",
                "BATON_SERVER_MAX_REQUEST_SIZE", "2MiB"));
        assertThat(ServerConfig.from(settings))
                .isEqualTo(new ServerConfig("127.0.0.1", 9090, Duration.ofSeconds(5), 2 * 1024 * 1024));
    }

    @Test
    void rejectsAPortOutOfRange() {
        Settings settings = settings(Map.of("PORT", "70000"));
        ServerConfig.from(settings);
        assertThat(settings.problems()).extracting(ConfigProblem::describe)
                .containsExactly("server.port = \"70000\" (environment variable PORT): must be a whole number from 0 to 65535");
    }
}
