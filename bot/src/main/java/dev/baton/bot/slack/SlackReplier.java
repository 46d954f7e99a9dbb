package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** Posts Baton's replies, in order, one message after the other. */
final class SlackReplier {
    private final SlackWebApi api;

    SlackReplier(SlackWebApi api) {
        this.api = requireNonNull(api, "api is null");
    }

    /** Posts every message; returns the ts of the last (the one with the buttons). */
    String post(String channel, Optional<String> thread, List<SlackMessage> messages) {
        String ts = "";
        for (SlackMessage message : messages) {
            ts = api.postMessage(channel, thread, message);
        }
        return ts;
    }

    void postEphemeral(String channel, String user, Optional<String> thread, List<SlackMessage> messages) {
        for (SlackMessage message : messages) {
            api.postEphemeral(channel, user, thread, message);
        }
    }

    /** A notice (a handoff, a limit, a failure), with the Talk to a human button when asked. */
    void notice(String channel, Optional<String> thread, String buttonValue, String text, boolean humanButton) {
        post(channel, thread, BlockKitReplies.notice(buttonValue, text, humanButton && !buttonValue.isEmpty()));
    }

    SlackProfile profile(String userId) {
        return api.profile(userId);
    }

    String openDirectMessage(String userId) {
        return api.openDirectMessage(userId);
    }
}
