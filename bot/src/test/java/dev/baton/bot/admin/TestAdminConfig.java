package dev.baton.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestAdminConfig {
    private Settings load(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }

    @Test
    void defaultsAreOffWithAHalfHourQuietTime() {
        Settings settings = load(Map.of());
        AdminConfig config = AdminConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.token()).isEmpty();
        assertThat(config.session()).isEqualTo(Duration.ofHours(12));
        assertThat(config.quietAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void readsEveryKeyFromTheEnvironmentAndMasksTheToken() {
        Settings settings = load(Map.of("BATON_ADMIN_TOKEN", "a-long-enough-admin-token", "BATON_ADMIN_SESSION", "1h",
                "BATON_ADMIN_QUIET_AFTER", "2h", "BATON_ADMIN_TIME_ZONE", "Europe/Berlin"));
        AdminConfig config = AdminConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.token().orElseThrow().reveal()).isEqualTo("a-long-enough-admin-token");
        assertThat(config.token().orElseThrow().toString()).doesNotContain("a-long-enough");
        assertThat(settings.effective().get("admin.token")).doesNotContain("a-long-enough");
        assertThat(config.session()).isEqualTo(Duration.ofHours(1));
        assertThat(config.quietAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void reportsAShortTokenAndABadZoneAtOnce() {
        Settings settings = load(Map.of("BATON_ADMIN_TOKEN", "secret", "BATON_ADMIN_TIME_ZONE", "Moon/Base"));
        AdminConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactly("admin.token", "admin.time-zone");
        assertThat(settings.problems().getFirst().message()).startsWith("must be at least 16 characters");
    }
}
