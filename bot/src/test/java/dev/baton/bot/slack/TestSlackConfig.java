package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Secret;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestSlackConfig {
    private Settings settings(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }

    @Test
    void defaultsLeaveSlackOff() {
        Settings settings = settings(Map.of());
        SlackConfig config = SlackConfig.from(settings);
        assertThat(config).isEqualTo(new SlackConfig(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, "/human", 4000, 2, ChannelSettings.defaults()));
        assertThat(config.enabled()).isFalse();
        assertThat(config.effectiveApiUrl()).isEqualTo(URI.create("https://slack.com/api/"));
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void everyKeyMaps() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", "xoxb-1-2-abc");
        env.put("SLACK_SIGNING_SECRET", "s3cr3t");
        env.put("SLACK_APP_TOKEN", "xapp-1");
        env.put("SLACK_API_URL", "http://127.0.0.1:4000/api");
        env.put("BATON_SLACK_HUMAN_COMMAND", "/support");
        env.put("BATON_SLACK_MAX_MESSAGE_CHARS", "1000");
        env.put("BATON_SLACK_MAX_CONCURRENT_TURNS", "8");
        env.put("BATON_SLACK_CHANNELS_ENABLED_BY_DEFAULT", "false");
        env.put("BATON_SLACK_CHANNELS_ENABLED", "C01, C02");
        env.put("BATON_SLACK_CHANNELS_DISABLED", "C03");
        env.put("BATON_SLACK_CHANNELS_AUTO_ANSWER", "C02");
        env.put("BATON_SLACK_CHANNELS_PRIVATE_ANSWERS", "C01");
        env.put("BATON_SLACK_CHANNELS_PRODUCTS", "C01=payroll,C02=vpn");
        env.put("BATON_SLACK_CHANNELS_ACCESS_TAGS", "C01=hr,C01=payroll,C02=it");
        Settings settings = settings(env);
        SlackConfig config = SlackConfig.from(settings);
        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new SlackConfig(Optional.of(new Secret("xoxb-1-2-abc")),
                Optional.of(new Secret("s3cr3t")), Optional.of(new Secret("xapp-1")),
                Optional.of(URI.create("http://127.0.0.1:4000/api/")), false, "/support", 1000, 8,
                new ChannelSettings(false, Set.of("C01", "C02"), Set.of("C03"), Set.of("C02"), Set.of("C01"),
                        Map.of("C01", "payroll", "C02", "vpn"), Map.of("C01", Set.of("hr", "payroll"), "C02", Set.of("it")))));
        assertThat(config.enabled()).isTrue();
        assertThat(config.channels().forChannel("C01", false)).isEqualTo(new ChannelSetting(
                true, ChannelMode.MENTION_ONLY, Optional.of("payroll"), AnswerVisibility.PRIVATE, Set.of("hr", "payroll")));
        assertThat(config.channels().forChannel("C02", false)).isEqualTo(new ChannelSetting(
                true, ChannelMode.AUTO_ANSWER, Optional.of("vpn"), AnswerVisibility.PUBLIC, Set.of("it")));
        assertThat(config.channels().forChannel("C09", false).enabled()).isFalse();
        assertThat(config.channels().forChannel("D09", true)).isEqualTo(new ChannelSetting(
                true, ChannelMode.AUTO_ANSWER, Optional.empty(), AnswerVisibility.PUBLIC));
    }

    @Test
    void disabledChannelsStaySilentByDefaultOn() {
        ChannelSettings channels = new ChannelSettings(true, Set.of(), Set.of("C03"), Set.of(), Set.of(), Map.of());
        assertThat(channels.forChannel("C03", false).enabled()).isFalse();
        assertThat(channels.forChannel("C04", false).enabled()).isTrue();
    }

    @Test
    void reportsEveryProblemClearly() {
        Settings settings = settings(Map.of(
                "SLACK_BOT_TOKEN", "xoxp-user-token",
                "BATON_SLACK_SOCKET_MODE", "true",
                "BATON_SLACK_HUMAN_COMMAND", "human",
                "BATON_SLACK_CHANNELS_ENABLED", "#general",
                "BATON_SLACK_CHANNELS_PRODUCTS", "C01:payroll"));
        SlackConfig config = SlackConfig.from(settings);
        assertThat(config.humanCommand()).isEqualTo("/human");
        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                "slack.signing-secret", "slack.bot-token", "slack.socket-mode", "slack.human-command",
                "slack.channels.enabled", "slack.channels.products");
        assertThat(settings.problems()).extracting(ConfigProblem::describe).anySatisfy(
                text -> assertThat(text).contains("SLACK_SIGNING_SECRET"))
                .anySatisfy(text -> assertThat(text).contains("xoxb-"))
                .anySatisfy(text -> assertThat(text).contains("not supported yet"))
                .anySatisfy(text -> assertThat(text).contains("\"#general\" is not a Slack channel id"))
                .anySatisfy(text -> assertThat(text).contains("C0123ABCD=payroll"));
    }

    @Test
    void aChannelBothEnabledAndDisabledIsReported() {
        Settings settings = settings(Map.of(
                "BATON_SLACK_CHANNELS_ENABLED", "C01", "BATON_SLACK_CHANNELS_DISABLED", "C01"));
        SlackConfig config = SlackConfig.from(settings);
        assertThat(config.channels().forChannel("C01", false).enabled()).isTrue();
        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactly("slack.channels.disabled");
    }
}
