package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A click on one of Baton's buttons, with the SDK's nulls turned into Optionals. */
record SlackClick(String actionId, String value, String user, String channel, Optional<String> messageTs) {
    SlackClick {
        requireNonNull(actionId, "actionId is null");
        requireNonNull(value, "value is null");
        requireNonNull(user, "user is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(messageTs, "messageTs is null");
    }
}
