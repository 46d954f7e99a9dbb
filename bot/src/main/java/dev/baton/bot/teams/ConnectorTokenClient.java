package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITenantProfile;
import com.microsoft.bot.connector.authentication.Authenticator;
import dev.baton.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.CompletableFuture;

/**
 * Baton's own token for calling the Bot Connector: the OAuth 2.0 client credentials grant against
 * the Microsoft identity platform's v2.0 token endpoint, cached until five minutes before it expires.
 * Replaces the SDK's MSAL path, whose authority must be https and is looked up online, so the
 * endpoint can be configured ({@code teams.token-url}) and exercised against a local server.
 */
final class ConnectorTokenClient implements Authenticator {
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI tokenUrl;
    private final String appId;
    private final Secret password;
    private final String scope;
    private final Clock clock;
    private IssuedToken cached;

    ConnectorTokenClient(HttpClient http, URI tokenUrl, String appId, Secret password, String scope, Clock clock) {
        this.http = requireNonNull(http, "http is null");
        this.tokenUrl = requireNonNull(tokenUrl, "tokenUrl is null");
        this.appId = requireNonNull(appId, "appId is null");
        this.password = requireNonNull(password, "password is null");
        this.scope = requireNonNull(scope, "scope is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public synchronized CompletableFuture<IAuthenticationResult> acquireToken() {
        if (cached == null || !clock.instant().isBefore(cached.expiresAt().minus(REFRESH_BEFORE_EXPIRY))) {
            try {
                cached = fetch();
            } catch (TeamsException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.completedFuture(cached);
    }

    private IssuedToken fetch() {
        String form = "grant_type=client_credentials&client_id=" + encode(appId) + "&client_secret="
                + encode(password.reveal()) + "&scope=" + encode(scope.endsWith("/.default") ? scope : scope + "/.default");
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TeamsException(TeamsErrorCode.TOKEN_FAILED, "Cannot reach " + tokenUrl + " for a Bot Connector "
                    + "token: " + e.getMessage() + ". Check the network, or teams.token-url", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeamsException(TeamsErrorCode.TOKEN_FAILED, "Interrupted while asking " + tokenUrl + " for a token", e);
        }
        if (response.statusCode() != 200) {
            // The body is an OAuth error (error, error_description): no secret in it.
            throw new TeamsException(TeamsErrorCode.TOKEN_FAILED, "The token endpoint " + tokenUrl + " refused app "
                    + appId + " with HTTP " + response.statusCode() + ": " + abbreviate(response.body())
                    + ". Check MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID");
        }
        try {
            JsonNode body = TeamsJson.MAPPER.readTree(response.body());
            String token = body.path("access_token").asText("");
            long expiresIn = body.path("expires_in").asLong(0);
            if (token.isEmpty() || expiresIn <= 0) {
                throw new TeamsException(TeamsErrorCode.TOKEN_FAILED,
                        "The token endpoint " + tokenUrl + " answered without access_token or expires_in");
            }
            return new IssuedToken(token, clock.instant().plusSeconds(expiresIn), scope);
        } catch (IOException e) {
            throw new TeamsException(TeamsErrorCode.TOKEN_FAILED, "The token endpoint " + tokenUrl + " answered "
                    + "something that is not JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** The token in the shape the SDK expects from MSAL; only the access token and expiry are used. */
    private record IssuedToken(String accessToken, Instant expiresAt, String scopes) implements IAuthenticationResult {
        @Override
        public String idToken() {
            return null;
        }

        @Override
        public IAccount account() {
            return null;
        }

        @Override
        public ITenantProfile tenantProfile() {
            return null;
        }

        @Override
        public String environment() {
            return "";
        }

        @Override
        public Date expiresOnDate() {
            return Date.from(expiresAt);
        }
    }
}
