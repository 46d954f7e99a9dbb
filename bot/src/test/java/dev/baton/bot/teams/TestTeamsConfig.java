package dev.baton.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Secret;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestTeamsConfig {
    private Settings settings(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }

    @Test
    void defaults() {
        Settings settings = settings(Map.of());
        TeamsConfig config = TeamsConfig.from(settings);
        assertThat(config).isEqualTo(new TeamsConfig(false, Optional.empty(), Optional.empty(), Optional.empty(),
                TeamsAuth.REQUIRED, URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration"),
                Optional.empty()));
        assertThat(config.effectiveTokenUrl())
                .isEqualTo(URI.create("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"));
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void everyKeyMapsIncludingTheMicrosoftAliases() {
        Settings settings = settings(Map.of(
                "BATON_TEAMS_ENABLED", "true",
                "MICROSOFT_APP_ID", "00000000-0000-0000-0000-00000000000a",
                "MICROSOFT_APP_PASSWORD", "s3cret",
                "MICROSOFT_APP_TENANT_ID", "tenant-42",
                "BATON_TEAMS_AUTH", "required",
                "BATON_TEAMS_OPENID_METADATA_URL", "http://127.0.0.1:9/openid",
                "BATON_TEAMS_TOKEN_URL", "http://127.0.0.1:9/token"));
        TeamsConfig config = TeamsConfig.from(settings);
        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new TeamsConfig(true, Optional.of("00000000-0000-0000-0000-00000000000a"),
                Optional.of(new Secret("s3cret")), Optional.of("tenant-42"), TeamsAuth.REQUIRED,
                URI.create("http://127.0.0.1:9/openid"), Optional.of(URI.create("http://127.0.0.1:9/token"))));
        assertThat(config.effectiveTokenUrl()).isEqualTo(URI.create("http://127.0.0.1:9/token"));
        assertThat(settings.effective().get("teams.app-password")).startsWith("****");
    }

    @Test
    void aSingleTenantBotGetsItsTokensFromItsTenant() {
        TeamsConfig config = TeamsConfig.from(settings(Map.of("MICROSOFT_APP_TENANT_ID", "contoso-tenant")));
        assertThat(config.effectiveTokenUrl())
                .isEqualTo(URI.create("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token"));
    }

    @Test
    void enabledWithAuthRequiredNeedsTheAppIdAndPassword() {
        Settings settings = settings(Map.of("BATON_TEAMS_ENABLED", "true"));
        TeamsConfig.from(settings);
        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactly("teams.app-id", "teams.app-password");
        assertThat(settings.problems().get(0).describe()).contains("MICROSOFT_APP_ID").contains("disabled-for-local-testing");
    }

    @Test
    void localTestingModeRunsWithoutCredentials() {
        Settings settings = settings(Map.of("BATON_TEAMS_ENABLED", "true", "BATON_TEAMS_AUTH", "disabled-for-local-testing"));
        TeamsConfig config = TeamsConfig.from(settings);
        assertThat(settings.problems()).isEmpty();
        assertThat(config.enabled()).isTrue();
        assertThat(config.authRequired()).isFalse();
    }

    @Test
    void refusesToDisableAuthWhileAnAppIdIsSet() {
        Settings settings = settings(Map.of(
                "BATON_TEAMS_ENABLED", "true",
                "BATON_TEAMS_AUTH", "disabled-for-local-testing",
                "MICROSOFT_APP_ID", "app",
                "MICROSOFT_APP_PASSWORD", "pw"));
        TeamsConfig.from(settings);
        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactly("teams.auth");
        assertThat(settings.problems().get(0).describe()).contains("MICROSOFT_APP_ID");
    }

    @Test
    void rejectsAnUnknownAuthModeAndABadUrl() {
        Settings settings = settings(Map.of("BATON_TEAMS_AUTH", "off", "BATON_TEAMS_TOKEN_URL", "ftp://x"));
        TeamsConfig.from(settings);
        assertThat(settings.problems()).extracting(ConfigProblem::describe)
                .anySatisfy(problem -> assertThat(problem).contains("teams.auth").contains("required, disabled-for-local-testing"))
                .anySatisfy(problem -> assertThat(problem).contains("teams.token-url").contains("http://"));
    }

    @Test
    void theRecordItselfRefusesAnOpenRegisteredBot() {
        assertThatThrownBy(() -> new TeamsConfig(true, Optional.of("app"), Optional.empty(), Optional.empty(),
                TeamsAuth.DISABLED_FOR_LOCAL_TESTING, TeamsConfig.DEFAULT_OPENID_METADATA_URL, Optional.empty()))
                .hasMessageContaining("app id");
    }
}
