package dev.baton.bot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Slack payloads as Slack documents them (bot/src/test/resources/slack/), with the source note stripped. */
final class SlackFixtures {
    static final ObjectMapper JSON = new ObjectMapper();

    private SlackFixtures() {}

    static ObjectNode json(String name) {
        try (InputStream in = resource(name + ".json")) {
            ObjectNode node = (ObjectNode) JSON.readTree(in);
            if (node.remove("_source") == null) {
                throw new IllegalStateException("fixture " + name + " does not name its source");
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form-encoded fixture as an ordered map, to change fields before sending. */
    static Map<String, String> form(String name) {
        try (InputStream in = resource(name + ".txt")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("&")) {
                String[] parts = pair.split("=", 2);
                fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static InputStream resource(String file) {
        InputStream in = SlackFixtures.class.getResourceAsStream("/slack/" + file);
        if (in == null) {
            throw new IllegalArgumentException("no fixture /slack/" + file);
        }
        return in;
    }
}
