package dev.baton.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.bot.AllSettings;
import dev.baton.config.ConfigException;
import dev.baton.config.SettingsLoader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code teams.auth = disabled-for-local-testing}: for the Agents Playground on this machine, and never with an app id. */
class TestTeamsLocalMode {
    @Test
    void answersWithoutATokenAndSaysLoudlyThatAuthenticationIsOff() throws Exception {
        LocalBotConnector connector = LocalBotConnector.shared();
        Logger turnsLog = (Logger) LoggerFactory.getLogger(TeamsTurns.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        turnsLog.addAppender(logged);
        try (TeamsTestApp app = TeamsTestApp.withoutAuthentication(connector)) {
            assertThat(logged.list).anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).contains("TEAMS AUTHENTICATION IS DISABLED");
            });

            ObjectNode question = TeamsTestApp.fixture("message-personal.json", connector);
            question.put("text", "How do I reset my VPN password?");
            assertThat(app.post(question.toString(), Optional.empty()).statusCode()).isEqualTo(202);
            String conversation = question.get("conversation").get("id").asText();
            LocalBotConnector.Request reply = connector.await(
                    request -> LocalBotConnector.isActivityPost(request, conversation), Duration.ofSeconds(30));
            assertThat(reply.authorization()).isEmpty();
            JsonNode card = reply.json().get("attachments").get(0).get("content");
            assertThat(card.get("body").get(0).get("text").asText()).contains("[1]");
        } finally {
            turnsLog.detachAppender(logged);
        }
    }

    @Test
    void refusesToStartWithAuthenticationOffWhileAnAppIdIsSet() {
        Map<String, String> environment = Map.of(
                "BATON_TEAMS_ENABLED", "true",
                "BATON_TEAMS_AUTH", "disabled-for-local-testing",
                "MICROSOFT_APP_ID", TeamsTestApp.APP_ID,
                "MICROSOFT_APP_PASSWORD", TeamsTestApp.APP_PASSWORD);
        assertThatThrownBy(() -> AllSettings.from(SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("teams.auth")
                .hasMessageContaining("MICROSOFT_APP_ID");
    }
}
