package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/slack/manifest.yaml asks for exactly what Baton uses, and points everything at /slack/events. */
class TestSlackManifest {
    private static JsonNode manifest() throws Exception {
        Path file = Path.of("..", "docs", "slack", "manifest.yaml");
        assertThat(file).exists();
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    @Test
    void scopesEventsCommandAndInteractivityAreExactlyWhatBatonUses() throws Exception {
        JsonNode manifest = manifest();
        // app_mention; message.channels / .groups / .im; chat.postMessage + chat.postEphemeral;
        // users.info; conversations.open (for /human); the slash command.
        assertThat(texts(manifest.at("/oauth_config/scopes/bot"))).containsExactlyInAnyOrder(
                "app_mentions:read", "channels:history", "groups:history", "im:history", "chat:write", "users:read",
                "im:write", "commands");
        assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events"))).containsExactlyInAnyOrder(
                "app_mention", "message.channels", "message.groups", "message.im");
        JsonNode commands = manifest.at("/features/slash_commands");
        assertThat(commands).hasSize(1);
        assertThat(commands.get(0).get("command").asText()).isEqualTo(SlackConfig.DEFAULT_HUMAN_COMMAND);
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isFalse();
        assertThat(List.of(commands.get(0).get("url").asText(),
                        manifest.at("/settings/event_subscriptions/request_url").asText(),
                        manifest.at("/settings/interactivity/request_url").asText()))
                .allSatisfy(url -> assertThat(url).startsWith("https://").endsWith("/slack/events"));
        assertThat(manifest.at("/features/app_home/messages_tab_enabled").asBoolean()).isTrue();
    }
}
