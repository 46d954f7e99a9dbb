package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import dev.baton.config.Secret;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * botbuilder's adapter as Baton runs it: requests are authenticated by {@link #authenticate} (so the
 * servlet can answer 401 before any work), and replies carry a token from {@link ConnectorTokenClient}
 * instead of MSAL. With no app password (local testing) replies go out without a token, as the SDK does.
 */
final class TeamsBotAdapter extends BotFrameworkAdapter {
    private static final Logger log = LoggerFactory.getLogger(TeamsBotAdapter.class);

    private final TeamsConfig config;
    private final SimpleCredentialProvider credentials;
    private final HttpClient http;
    private final Clock clock;

    TeamsBotAdapter(TeamsConfig config, HttpClient http, Clock clock) {
        this(config, credentials(config), http, clock);
    }

    private TeamsBotAdapter(TeamsConfig config, SimpleCredentialProvider credentials, HttpClient http, Clock clock) {
        super(credentials);
        this.config = requireNonNull(config, "config is null");
        this.credentials = credentials;
        this.http = requireNonNull(http, "http is null");
        this.clock = requireNonNull(clock, "clock is null");
        setOnTurnError((turn, error) -> {
            log.error("Teams turn failed in conversation {}", turn.getActivity().getConversation().getId(), error);
            return turn.sendActivity("Sorry, something went wrong on my side and I could not answer. Please try "
                            + "again, or type \"human\" to reach a person.")
                    .handle((sent, failure) -> null);
        });
    }

    private static SimpleCredentialProvider credentials(TeamsConfig config) {
        // A provider with no app id is how the SDK spells "authentication disabled".
        return config.authRequired()
                ? new SimpleCredentialProvider(config.appId().orElse(null), config.appPassword().map(Secret::reveal).orElse(null))
                : new SimpleCredentialProvider();
    }

    /** Checks the request's Bot Framework token; fails with the SDK's AuthenticationException. */
    CompletableFuture<ClaimsIdentity> authenticate(Activity activity, String authorizationHeader) {
        try {
            return JwtTokenValidation.authenticateRequest(
                    activity, authorizationHeader == null ? "" : authorizationHeader, credentials, null,
                    new AuthenticationConfiguration());
        } catch (RuntimeException e) {
            // A header that is not a JWT at all fails synchronously, before any future exists.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The app id replies are sent as; empty when authentication is disabled. */
    String botAppId() {
        return config.authRequired() ? config.appId().orElse("") : "";
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
        if (config.appPassword().isEmpty() || appId == null || appId.isBlank()) {
            return super.buildAppCredentials(appId, oAuthScope);
        }
        ConnectorTokenClient tokens = new ConnectorTokenClient(
                http, config.effectiveTokenUrl(), appId, config.appPassword().get(), oAuthScope, clock);
        return CompletableFuture.completedFuture(new BotConnectorCredentials(appId, oAuthScope, tokens));
    }
}
