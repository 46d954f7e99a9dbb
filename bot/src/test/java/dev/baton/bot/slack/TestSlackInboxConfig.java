package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestSlackInboxConfig {
    private Settings settings(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }

    @Test
    void defaults() {
        Settings settings = settings(Map.of("BATON_DATA_DIR", "/var/lib/baton"));
        assertThat(SlackInboxConfig.from(settings)).isEqualTo(new SlackInboxConfig(Duration.ofSeconds(30),
                Duration.ofSeconds(2), Path.of("/var/lib/baton", "slack-inbox-holder")));
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void everyKeyMaps() {
        Settings settings = settings(Map.of("BATON_DATA_DIR", "/data", "BATON_SLACK_INBOX_LEASE", "4s",
                "BATON_SLACK_INBOX_POLL_EVERY", "250ms"));
        assertThat(SlackInboxConfig.from(settings)).isEqualTo(new SlackInboxConfig(Duration.ofSeconds(4),
                Duration.ofMillis(250), Path.of("/data", "slack-inbox-holder")));
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void aPollSlowerThanHalfTheLeaseIsReportedWithWhatToDo() {
        Settings settings = settings(Map.of("BATON_SLACK_INBOX_LEASE", "10s", "BATON_SLACK_INBOX_POLL_EVERY", "6s"));
        SlackInboxConfig config = SlackInboxConfig.from(settings);
        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactly("slack.inbox.poll-every");
        assertThat(settings.problems().getFirst().message()).contains("at most half").contains("slack.inbox.lease");
        assertThat(config.pollEvery()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> new SlackInboxConfig(Duration.ofSeconds(2), Duration.ofSeconds(2), Path.of("x")))
                .hasMessageContaining("at most half the lease");
    }

    @Test
    void outOfRangeValuesNameTheKey() {
        Settings settings = settings(Map.of("BATON_SLACK_INBOX_LEASE", "1s", "BATON_SLACK_INBOX_POLL_EVERY", "soon"));
        SlackInboxConfig.from(settings);
        assertThat(settings.problems()).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("slack.inbox.lease", "slack.inbox.poll-every");
    }
}
