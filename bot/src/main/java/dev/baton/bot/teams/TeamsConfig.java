package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Secret;
import dev.baton.config.Settings;
import java.net.URI;
import java.util.Optional;

/**
 * The Microsoft Teams adapter, the {@code teams} section of the settings: the Azure Bot's app id,
 * password and tenant (environment {@code MICROSOFT_APP_ID}, {@code MICROSOFT_APP_PASSWORD},
 * {@code MICROSOFT_APP_TENANT_ID}), and whether requests must carry a Bot Framework token.
 *
 * @param tenantId the tenant of a single-tenant bot; empty for a multi-tenant one (tokens then come
 *     from the {@code botframework.com} tenant)
 * @param openIdMetadataUrl where the Bot Connector's signing keys are published (changed only for tests
 *     or sovereign clouds)
 * @param tokenUrl where Baton gets its own token to call the Bot Connector; empty means
 *     {@code https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token}
 */
public record TeamsConfig(
        boolean enabled,
        Optional<String> appId,
        Optional<Secret> appPassword,
        Optional<String> tenantId,
        TeamsAuth auth,
        URI openIdMetadataUrl,
        Optional<URI> tokenUrl) {
    public static final String ENABLED = "teams.enabled";
    public static final String APP_ID = "teams.app-id";
    public static final String APP_PASSWORD = "teams.app-password";
    public static final String TENANT_ID = "teams.tenant-id";
    public static final String AUTH = "teams.auth";
    public static final String OPENID_METADATA_URL = "teams.openid-metadata-url";
    public static final String TOKEN_URL = "teams.token-url";

    static final URI DEFAULT_OPENID_METADATA_URL =
            URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration");
    private static final String MULTI_TENANT_AUTHORITY = "botframework.com";

    public TeamsConfig {
        requireNonNull(appId, "appId is null");
        requireNonNull(appPassword, "appPassword is null");
        requireNonNull(tenantId, "tenantId is null");
        requireNonNull(auth, "auth is null");
        requireNonNull(openIdMetadataUrl, "openIdMetadataUrl is null");
        requireNonNull(tokenUrl, "tokenUrl is null");
        if (enabled && auth == TeamsAuth.REQUIRED && (appId.isEmpty() || appPassword.isEmpty())) {
            throw new IllegalArgumentException("Teams with auth required needs an app id and an app password");
        }
        if (auth == TeamsAuth.DISABLED_FOR_LOCAL_TESTING && appId.isPresent()) {
            throw new IllegalArgumentException("Teams auth cannot be disabled while an app id is set");
        }
    }

    /** Reads the {@code teams} section; problems are recorded in {@code settings}, never thrown. */
    public static TeamsConfig from(Settings settings) {
        boolean enabled = settings.flag(ENABLED);
        Optional<String> appId = settings.optionalString(APP_ID);
        Optional<Secret> appPassword = settings.secret(APP_PASSWORD);
        Optional<String> tenantId = settings.optionalString(TENANT_ID);
        TeamsAuth auth = settings.choice(AUTH, TeamsAuth.class);
        URI openIdMetadataUrl = settings.optionalUrl(OPENID_METADATA_URL).orElse(DEFAULT_OPENID_METADATA_URL);
        Optional<URI> tokenUrl = settings.optionalUrl(TOKEN_URL);
        if (auth == TeamsAuth.DISABLED_FOR_LOCAL_TESTING && appId.isPresent()) {
            settings.report(AUTH, "is disabled-for-local-testing while " + APP_ID + " (MICROSOFT_APP_ID) is set: "
                    + "a bot registered with Azure must check every request's token. Remove teams.auth to keep "
                    + "authentication on, or unset MICROSOFT_APP_ID to test locally");
            auth = TeamsAuth.REQUIRED;
        }
        if (enabled && auth == TeamsAuth.REQUIRED) {
            if (appId.isEmpty()) {
                settings.report(APP_ID, "must be set when " + ENABLED + " is true: set MICROSOFT_APP_ID to the Azure "
                        + "Bot's Microsoft App ID, or set " + AUTH + " = disabled-for-local-testing for the Agents "
                        + "Playground on this machine");
            }
            if (appPassword.isEmpty()) {
                settings.report(APP_PASSWORD, "must be set when " + ENABLED + " is true: set MICROSOFT_APP_PASSWORD "
                        + "to a client secret of the Azure Bot's app registration");
            }
            if (appId.isEmpty() || appPassword.isEmpty()) {
                enabled = false;
            }
        }
        return new TeamsConfig(enabled, appId, appPassword, tenantId, auth, openIdMetadataUrl, tokenUrl);
    }

    /** Where Baton asks for a token to call the Bot Connector (client credentials grant). */
    public URI effectiveTokenUrl() {
        return tokenUrl.orElseGet(() -> URI.create("https://login.microsoftonline.com/"
                + tenantId.orElse(MULTI_TENANT_AUTHORITY) + "/oauth2/v2.0/token"));
    }

    public boolean authRequired() {
        return auth == TeamsAuth.REQUIRED;
    }
}
