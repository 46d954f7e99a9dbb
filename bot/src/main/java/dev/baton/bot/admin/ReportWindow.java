package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** Which conversations a report covers: started in [from, to), optionally on one channel or category. */
public record ReportWindow(Instant from, Instant to, Optional<String> channel, Optional<String> category) {
    public ReportWindow {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(category, "category is null");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a report window starts before it ends: " + from + " .. " + to);
        }
    }
}
