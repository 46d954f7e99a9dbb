package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Settings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code slack.inbox} section: how long a worker's hold on an accepted message lasts before
 * another worker (a restarted process, another replica) may take it over, and how often each process
 * renews its holds and looks for messages left unanswered. The hold is renewed while the turn works,
 * so a short lease only shortens the wait after a crash. {@code holderFile} (in the data directory)
 * keeps this installation's holder name across restarts, so a restarted process takes back its own
 * messages at once instead of waiting for their holds to run out.
 */
public record SlackInboxConfig(Duration lease, Duration pollEvery, Path holderFile) {
    static final String HOLDER_FILE = "slack-inbox-holder";

    public static final String LEASE = "slack.inbox.lease";
    public static final String POLL_EVERY = "slack.inbox.poll-every";

    public SlackInboxConfig {
        requireNonNull(lease, "lease is null");
        requireNonNull(pollEvery, "pollEvery is null");
        requireNonNull(holderFile, "holderFile is null");
        if (pollEvery.multipliedBy(2).compareTo(lease) > 0) {
            throw new IllegalArgumentException("pollEvery (" + pollEvery + ") must be at most half the lease ("
                    + lease + "), or holds run out between renewals");
        }
    }

    /** Reads the section; problems are recorded in {@code settings}, never thrown. */
    public static SlackInboxConfig from(Settings settings) {
        Duration lease = settings.duration(LEASE, Duration.ofSeconds(2), Duration.ofMinutes(10));
        Duration pollEvery = settings.duration(POLL_EVERY, Duration.ofMillis(100), Duration.ofMinutes(1));
        Path holderFile = settings.path("data-dir").resolve(HOLDER_FILE);
        if (pollEvery.multipliedBy(2).compareTo(lease) > 0) {
            settings.report(POLL_EVERY, "is " + pollEvery + " but must be at most half of " + LEASE + " (" + lease
                    + "): holds are renewed every poll and would run out in between; shorten it or lengthen the lease");
            return new SlackInboxConfig(lease, lease.dividedBy(2), holderFile);
        }
        return new SlackInboxConfig(lease, pollEvery, holderFile);
    }
}
