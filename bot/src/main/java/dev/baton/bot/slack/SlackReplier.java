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

    /** Posts one part of a planned reply, marked so a later attempt can tell Slack already has it. */
    void postPart(PlannedReply reply, int part, SlackWebApi.ReplyMark mark) {
        SlackMessage message = reply.messages().get(part);
        if (reply.onlyFor().isPresent()) {
            api.postEphemeral(reply.channel(), reply.onlyFor().get(), reply.thread(), message);
        } else {
            api.post(reply.channel(), reply.thread(), message, Optional.of(mark));
        }
    }

    /**
     * Whether Slack already shows this part (posted by an attempt that died before recording it).
     * A message only the asker sees cannot be looked up; it is posted again rather than lost.
     */
    boolean alreadyPosted(PlannedReply reply, String since, SlackWebApi.ReplyMark mark) {
        return reply.onlyFor().isEmpty() && api.hasReplyPart(reply.channel(), reply.thread(), since, mark);
    }

    SlackProfile profile(String userId) {
        return api.profile(userId);
    }

    String openDirectMessage(String userId) {
        return api.openDirectMessage(userId);
    }
}
