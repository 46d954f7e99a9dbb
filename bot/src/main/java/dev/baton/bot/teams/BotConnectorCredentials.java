package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;

/** The bot's app id with Baton's own token client, in the form the SDK's connector client uses. */
final class BotConnectorCredentials extends AppCredentials {
    private final ConnectorTokenClient tokens;

    BotConnectorCredentials(String appId, String oAuthScope, ConnectorTokenClient tokens) {
        super(null, oAuthScope);
        setAppId(requireNonNull(appId, "appId is null"));
        this.tokens = requireNonNull(tokens, "tokens is null");
    }

    @Override
    protected Authenticator buildAuthenticator() {
        return tokens;
    }
}
