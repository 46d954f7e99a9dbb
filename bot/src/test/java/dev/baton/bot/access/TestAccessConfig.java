package dev.baton.bot.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bot.webchat.WebChatConfig;
import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestAccessConfig {
    private Settings settings(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }

    @Test
    void byDefaultNobodyHoldsAnyTag() {
        Settings settings = settings(Map.of());

        AccessConfig config = AccessConfig.from(settings);

        assertThat(config).isEqualTo(AccessConfig.none());
        assertThat(config.tagsOf("U0ALICE01")).isEmpty();
        assertThat(WebChatConfig.from(settings).accessTags()).isEmpty();
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void everyKeyMapsFromTheEnvironment() {
        Settings settings = settings(Map.of(
                "BATON_ACCESS_PEOPLE", "U0ALICE01=HR, U0ALICE01=finance, U0CAROL01=legal",
                "BATON_ACCESS_GROUPS", "hr-team=U0BOB0001, hr-team=U0CAROL01",
                "BATON_ACCESS_GROUP_TAGS", "hr-team=hr",
                "BATON_ACCESS_STAFF_TAGS", "it-staff",
                "BATON_WEBCHAT_ACCESS_TAGS", "demo"));

        AccessConfig config = AccessConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new AccessConfig(
                Map.of("U0ALICE01", Set.of("hr", "finance"), "U0CAROL01", Set.of("legal")),
                Map.of("hr-team", Set.of("U0BOB0001", "U0CAROL01")),
                Map.of("hr-team", Set.of("hr")),
                Set.of("it-staff")));
        assertThat(config.tagsOf("U0ALICE01")).containsExactlyInAnyOrder("hr", "finance");
        assertThat(config.tagsOf("U0CAROL01")).as("own and group tags").containsExactlyInAnyOrder("legal", "hr");
        assertThat(config.tagsOf("U0BOB0001")).containsExactly("hr");
        assertThat(config.tagsOf("U0DAVE001")).isEmpty();
        assertThat(WebChatConfig.from(settings).accessTags()).containsExactly("demo");
    }

    @Test
    void everyBadValueIsReportedWithTheSettingTheEntryAndTheFix() {
        Settings settings = settings(Map.of(
                "BATON_ACCESS_PEOPLE", "U0ALICE01, U0BOB0001=hr finance",
                "BATON_ACCESS_GROUPS", "=U0CAROL01",
                "BATON_ACCESS_GROUP_TAGS", "payroll-team=payroll",
                "BATON_ACCESS_STAFF_TAGS", "all staff",
                "BATON_WEBCHAT_ACCESS_TAGS", "#hr",
                "BATON_SLACK_CHANNELS_ACCESS_TAGS", "#hr-team=hr, C0HR00001=",
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret"));

        AccessConfig config = AccessConfig.from(settings);
        WebChatConfig.from(settings);
        dev.baton.bot.slack.SlackConfig slack = dev.baton.bot.slack.SlackConfig.from(settings);

        assertThat(config).isEqualTo(AccessConfig.none());
        assertThat(slack.channels().accessTags()).isEmpty();
        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                "access.people", "access.people", "access.groups", "access.group-tags", "access.staff-tags",
                "webchat.access-tags", "slack.channels.access-tags", "slack.channels.access-tags");
        assertThat(settings.problems()).extracting(ConfigProblem::describe)
                .anySatisfy(text -> assertThat(text).contains("\"U0ALICE01\"").contains("U0123ABCD=hr"))
                .anySatisfy(text -> assertThat(text).contains("\"hr finance\"").contains("one tag per entry"))
                .anySatisfy(text -> assertThat(text).contains("\"=U0CAROL01\"").contains("hr-team=U0123ABCD"))
                .anySatisfy(text -> assertThat(text).contains("\"payroll-team\"").contains("no members"))
                .anySatisfy(text -> assertThat(text).contains("\"all staff\""))
                .anySatisfy(text -> assertThat(text).contains("\"#hr\" is not an access tag"))
                .anySatisfy(text -> assertThat(text).contains("\"#hr-team\" is not a Slack channel id"))
                .anySatisfy(text -> assertThat(text).contains("\"C0HR00001=\"").contains("C0123ABCD=hr"));
    }

    @Test
    void aGroupWithTagsNeedsMembers() {
        assertThatThrownBy(() -> new AccessConfig(Map.of(), Map.of(), Map.of("hr-team", Set.of("hr")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hr-team");
    }
}
