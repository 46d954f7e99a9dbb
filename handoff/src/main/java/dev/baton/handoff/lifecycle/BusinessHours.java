package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours a team staffs its handoff queue, as local times of day. An end before the start spans
 * midnight (22:00-06:00), for teams whose day crosses it.
 */
public record BusinessHours(LocalTime start, LocalTime end) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public BusinessHours {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (start.equals(end)) {
            throw new IllegalArgumentException("business hours cannot start and end at the same time: " + start);
        }
    }

    /** Parses "09:00-17:30"; empty when the text is not two different HH:mm times joined by a dash. */
    public static Optional<BusinessHours> parse(String text) {
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalTime start = LocalTime.parse(matcher.group(1), HOURS_MINUTES);
            LocalTime end = LocalTime.parse(matcher.group(2), HOURS_MINUTES);
            return start.equals(end) ? Optional.empty() : Optional.of(new BusinessHours(start, end));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the time of day is within these hours (start inclusive, end exclusive). */
    public boolean contains(LocalTime time) {
        requireNonNull(time, "time is null");
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /** The instant itself when it falls within these hours in that zone, else the next start of them. */
    public Instant nextStaffed(Instant instant, ZoneId zone) {
        requireNonNull(instant, "instant is null");
        requireNonNull(zone, "zone is null");
        ZonedDateTime local = instant.atZone(zone);
        if (contains(local.toLocalTime())) {
            return instant;
        }
        ZonedDateTime today = local.with(start);
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }

    @Override
    public String toString() {
        return HOURS_MINUTES.format(start) + "-" + HOURS_MINUTES.format(end);
    }
}
