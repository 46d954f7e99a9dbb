package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One accepted message in the durable inbox as a worker holds it: which attempt this is, the reply
 * once the turn ran, and how many of its messages Slack already has.
 */
record InboxEntry(String deliveryId, SlackInbound message, int attempt, Optional<PlannedReply> reply, int posted) {
    InboxEntry {
        requireNonNull(deliveryId, "deliveryId is null");
        requireNonNull(message, "message is null");
        requireNonNull(reply, "reply is null");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more: " + attempt);
        }
        if (posted < 0) {
            throw new IllegalArgumentException("posted must be 0 or more: " + posted);
        }
    }

    static String deliveryIdOf(SlackInbound message) {
        return "event:" + message.eventId();
    }

    /** Whether an earlier attempt may already have posted part of the reply (a crash, a lost hold). */
    boolean resumed() {
        return attempt > 1;
    }
}
