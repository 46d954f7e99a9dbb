package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** What the Slack profile says about a person: the name to show, their title and time zone. */
record SlackProfile(String displayName, Optional<String> title, Optional<String> timeZone) {
    SlackProfile {
        requireNonNull(displayName, "displayName is null");
        requireNonNull(title, "title is null");
        requireNonNull(timeZone, "timeZone is null");
    }
}
