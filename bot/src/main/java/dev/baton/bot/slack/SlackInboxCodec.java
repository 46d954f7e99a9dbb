package dev.baton.bot.slack;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inbox's JSON: an accepted message and a planned reply, written and read back exactly. Blocks
 * go through the Slack SDK's own Gson (snake case, block type adapters), as the Web API takes them.
 */
final class SlackInboxCodec {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final java.lang.reflect.Type BLOCKS = new TypeToken<List<LayoutBlock>>() {}.getType();

    private SlackInboxCodec() {}

    static String message(SlackInbound message) {
        JsonObject json = new JsonObject();
        json.addProperty("event_id", message.eventId());
        json.addProperty("team", message.team());
        json.addProperty("channel", message.channel());
        json.addProperty("direct_message", message.directMessage());
        json.addProperty("user", message.user());
        json.addProperty("text", message.text());
        json.addProperty("ts", message.ts());
        message.threadTs().ifPresent(thread -> json.addProperty("thread_ts", thread));
        json.addProperty("mentions_baton", message.mentionsBaton());
        json.addProperty("has_files", message.hasFiles());
        return GSON.toJson(json);
    }

    static SlackInbound message(String stored) {
        JsonObject json = object(stored, "message");
        return new SlackInbound(text(json, "event_id"), text(json, "team"), text(json, "channel"),
                json.get("direct_message").getAsBoolean(), text(json, "user"), text(json, "text"), text(json, "ts"),
                optional(json, "thread_ts"), json.get("mentions_baton").getAsBoolean(),
                json.get("has_files").getAsBoolean());
    }

    static String reply(PlannedReply reply) {
        JsonObject json = new JsonObject();
        json.addProperty("channel", reply.channel());
        reply.thread().ifPresent(thread -> json.addProperty("thread", thread));
        reply.onlyFor().ifPresent(user -> json.addProperty("only_for", user));
        JsonArray messages = new JsonArray();
        for (SlackMessage message : reply.messages()) {
            JsonObject one = new JsonObject();
            one.addProperty("text", message.text());
            one.add("blocks", GSON.toJsonTree(message.blocks(), BLOCKS));
            messages.add(one);
        }
        json.add("messages", messages);
        return GSON.toJson(json);
    }

    static PlannedReply reply(String stored) {
        JsonObject json = object(stored, "reply");
        List<SlackMessage> messages = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("messages")) {
            JsonObject one = element.getAsJsonObject();
            List<LayoutBlock> blocks = GSON.fromJson(one.get("blocks"), BLOCKS);
            messages.add(new SlackMessage(text(one, "text"), blocks));
        }
        return new PlannedReply(text(json, "channel"), optional(json, "thread"), optional(json, "only_for"), messages);
    }

    private static JsonObject object(String stored, String what) {
        try {
            return GSON.fromJson(stored, JsonObject.class);
        } catch (JsonParseException e) {
            throw new IllegalStateException("The stored Slack inbox " + what + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            throw new IllegalStateException("The stored Slack inbox entry has no " + field);
        }
        return value.getAsString();
    }

    private static Optional<String> optional(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
    }
}
