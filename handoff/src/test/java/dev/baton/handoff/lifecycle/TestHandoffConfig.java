package dev.baton.handoff.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ConfigException;
import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestHandoffConfig {
    @TempDir
    Path directory;

    @Test
    void defaults() {
        Settings settings = load(Optional.empty(), Map.of());
        HandoffConfig config = HandoffConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new HandoffConfig(
                Optional.empty(),
                Duration.ofMinutes(15),
                new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 30)),
                ZoneId.of("UTC"),
                OnCallRota.empty()));
    }

    @Test
    void mapsEveryKeyFromTheFile() throws IOException {
        Path file = write("""
                handoff {
                  slack-channel = "#support-escalations"
                  sla = 30m
                  business-hours = "08:00-16:00"
                  time-zone = "Europe/London"
                }
                """);
        Settings settings = load(Optional.of(file), Map.of());
        HandoffConfig config = HandoffConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new HandoffConfig(
                Optional.of("#support-escalations"),
                Duration.ofMinutes(30),
                new BusinessHours(LocalTime.of(8, 0), LocalTime.of(16, 0)),
                ZoneId.of("Europe/London"),
                new OnCallRota(List.of(new OnCall("default", 1, Optional.of("#support-escalations"), List.of(),
                        Optional.empty(), new BusinessHours(LocalTime.of(8, 0), LocalTime.of(16, 0)),
                        ZoneId.of("Europe/London"))))));
    }

    @Test
    void environmentVariablesWin() throws IOException {
        Path file = write("handoff.slack-channel = \"#from-file\"\n");
        Settings settings = load(Optional.of(file), Map.of(
                "HANDOFF_SLACK_CHANNEL", "C0123456789",
                "BATON_HANDOFF_SLA", "5m",
                "BATON_HANDOFF_BUSINESS_HOURS", "22:00-06:00",
                "BATON_HANDOFF_TIME_ZONE", "America/New_York"));
        HandoffConfig config = HandoffConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.slackChannel()).contains("C0123456789");
        assertThat(config.sla()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.businessHours()).isEqualTo(new BusinessHours(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void reportsEveryBadValueAtOnce() throws IOException {
        Path file = write("""
                handoff {
                  slack-channel = "Support Team"
                  sla = 10s
                  business-hours = "9-5"
                  time-zone = "Mars/Olympus_Mons"
                }
                """);
        Settings settings = load(Optional.of(file), Map.of());
        HandoffConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactly(
                "handoff.slack-channel", "handoff.sla", "handoff.business-hours", "handoff.time-zone");
        assertThat(settings.problems()).extracting(ConfigProblem::message).containsExactly(
                "must be a Slack channel id such as C0123456789, or a channel name such as #support-escalations "
                        + "(lower case, no spaces), or empty for no handoff channel",
                "must be a duration from PT1M to PT24H",
                "must be two different times of day as HH:mm-HH:mm, such as 09:00-17:30 "
                        + "(an end before the start spans midnight, such as 22:00-06:00)",
                "must be a time-zone id such as Europe/London, America/New_York or UTC");
        assertThatThrownBy(settings::throwIfInvalid)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("4 configuration problems")
                .hasMessageContaining("handoff.business-hours = \"9-5\"");
    }

    @Test
    void readsTheOnCallRota() throws IOException {
        Path file = write("""
                handoff {
                  slack-channel = "#fallback"
                  on-call = [
                    "default: slack=#support-escalations mention=S0456DEF,@U0123ABC",
                    "default/2: slack=C0LEADS99 teams=19:leads@thread.tacv2",
                    "hardware: teams=19:hw@thread.tacv2 hours=07:00-15:00 zone=Europe/Berlin"
                  ]
                }
                """);
        Settings settings = load(Optional.of(file), Map.of());
        OnCallRota rota = HandoffConfig.from(settings).onCall();

        assertThat(settings.problems()).isEmpty();
        BusinessHours office = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 30));
        assertThat(rota.entries()).containsExactly(
                new OnCall("default", 1, Optional.of("#support-escalations"), List.of("S0456DEF", "U0123ABC"),
                        Optional.empty(), office, ZoneId.of("UTC")),
                new OnCall("hardware", 1, Optional.empty(), List.of(), Optional.of("19:hw@thread.tacv2"),
                        new BusinessHours(LocalTime.of(7, 0), LocalTime.of(15, 0)), ZoneId.of("Europe/Berlin")),
                new OnCall("default", 2, Optional.of("C0LEADS99"), List.of(), Optional.of("19:leads@thread.tacv2"),
                        office, ZoneId.of("UTC")));
        assertThat(rota.pageFor(Optional.empty(), 0).orElseThrow().slackChannel())
                .as("the rota's default wins over handoff.slack-channel").contains("#support-escalations");
    }

    @Test
    void readsDraftOnlyChannelsFromTheEnvironment() {
        Settings settings = load(Optional.empty(), Map.of("BATON_HANDOFF_DRAFT_ONLY_CHANNELS", "C0CAREFUL1, webchat"));
        HandoffConfig config = HandoffConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.draftOnlyChannels()).containsExactlyInAnyOrder("C0CAREFUL1", "webchat");
        assertThat(config.draftOnly("C0CAREFUL1")).isTrue();
        assertThat(config.draftOnly("C0OTHER001")).isFalse();
    }

    @Test
    void reportsEveryBadRotaEntry() throws IOException {
        Path file = write("""
                handoff.on-call = [
                  "Default: slack=#x",
                  "default: mention=U0123ABC",
                  "default: slack=#x pager=123",
                  "default: slack=#x mention=alice",
                  "default: slack=#x hours=9-5",
                  "default: slack=#x zone=Mars/Base",
                  "default: slack=#ok",
                  "default/1: slack=#again"
                ]
                """);
        Settings settings = load(Optional.of(file), Map.of());
        HandoffConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::key).containsOnly("handoff.on-call");
        assertThat(settings.problems()).extracting(ConfigProblem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("entry 1 (\"Default: slack=#x\") must start with a category in lower case"),
                m -> assertThat(m).contains("entry 2").contains("needs slack=<channel> or teams=<channel id>"),
                m -> assertThat(m).contains("entry 3").contains("'pager=123' is not one of [hours, mention, slack, teams, zone]"),
                m -> assertThat(m).contains("entry 4").contains("mention alice must be a Slack user id (U0123ABC)"),
                m -> assertThat(m).contains("entry 5").contains("hours=9-5 must be two different times of day"),
                m -> assertThat(m).contains("entry 6").contains("zone=Mars/Base must be a time-zone id"),
                m -> assertThat(m).isEqualTo("entry 8 repeats category default tier 1; give each tier of a category once"));
    }

    @Test
    void reportsAnSlaThatIsNotADuration() {
        Settings settings = load(Optional.empty(), Map.of("BATON_HANDOFF_SLA", "soon"));
        HandoffConfig config = HandoffConfig.from(settings);

        assertThat(settings.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("handoff.sla");
            assertThat(problem.message()).isEqualTo("must be a duration such as 500ms, 30s or 5m");
        });
        assertThat(config.sla()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void refusesANonPositiveSla() {
        assertThatThrownBy(() -> new HandoffConfig(Optional.empty(), Duration.ZERO,
                        new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 0)), ZoneOffset.UTC,
                        OnCallRota.empty()))
                .hasMessageContaining("must be positive");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(directory.resolve("baton.conf"), content);
    }

    private Settings load(Optional<Path> file, Map<String, String> environment) {
        return SettingsLoader.load(file, environment, getClass().getClassLoader());
    }
}
