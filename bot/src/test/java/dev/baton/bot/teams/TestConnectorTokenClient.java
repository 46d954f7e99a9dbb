package dev.baton.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import dev.baton.config.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Baton's client credentials grant, against the local token endpoint. */
class TestConnectorTokenClient {
    private final LocalBotConnector connector = LocalBotConnector.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private long tokenRequests() {
        return connector.requests().stream().filter(request -> request.path().equals("/token")).count();
    }

    @Test
    void fetchesOnceAndRefreshesFiveMinutesBeforeExpiry() {
        MovableClock clock = new MovableClock();
        ConnectorTokenClient client = new ConnectorTokenClient(http, URI.create(connector.base() + "/token"),
                "app-1", new Secret("pw"), "https://api.botframework.com", clock);
        long before = tokenRequests();
        IAuthenticationResult first = client.acquireToken().join();
        assertThat(first.accessToken()).isEqualTo(LocalBotConnector.ISSUED_TOKEN);
        assertThat(first.expiresOnDate().toInstant()).isEqualTo(clock.now.plusSeconds(3599));
        client.acquireToken().join();
        clock.now = clock.now.plus(Duration.ofMinutes(54));
        client.acquireToken().join();
        assertThat(tokenRequests() - before).isEqualTo(1);
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        client.acquireToken().join();
        assertThat(tokenRequests() - before).isEqualTo(2);
    }

    @Test
    void aRefusalNamesTheEndpointAndWhatToCheck() {
        ConnectorTokenClient client = new ConnectorTokenClient(http, URI.create(connector.base() + "/no-token-here"),
                "app-1", new Secret("pw"), "https://api.botframework.com", Clock.systemUTC());
        assertThatThrownBy(() -> client.acquireToken().join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(TeamsException.class)
                .hasMessageContaining("/no-token-here")
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("MICROSOFT_APP_PASSWORD")
                .hasMessageNotContaining("pw\"");
    }
}
