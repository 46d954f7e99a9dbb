package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Secret;
import dev.baton.config.Settings;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** The {@code admin} settings: the sign-in token, how long a sign-in lasts, and how outcomes are decided. */
public record AdminConfig(
        Optional<Secret> token, Duration session, Duration quietAfter, ZoneId timeZone, Path approvedAnswers) {
    static final int MIN_TOKEN_LENGTH = 16;

    public AdminConfig {
        requireNonNull(token, "token is null");
        requireNonNull(session, "session is null");
        requireNonNull(quietAfter, "quietAfter is null");
        requireNonNull(timeZone, "timeZone is null");
        requireNonNull(approvedAnswers, "approvedAnswers is null");
    }

    public static AdminConfig from(Settings settings) {
        Optional<Secret> token = settings.secret("admin.token");
        if (token.isPresent() && token.get().reveal().strip().length() < MIN_TOKEN_LENGTH) {
            settings.report("admin.token", "must be at least " + MIN_TOKEN_LENGTH
                    + " characters (a long random string, e.g. from `openssl rand -hex 24`), or empty to turn the admin pages off");
            token = Optional.empty();
        }
        Duration session = settings.duration("admin.session", Duration.ofMinutes(5), Duration.ofDays(30));
        Duration quietAfter = settings.duration("admin.quiet-after", Duration.ofMinutes(1), Duration.ofDays(7));
        ZoneId zone;
        try {
            zone = ZoneId.of(settings.string("admin.time-zone").strip());
        } catch (DateTimeException e) {
            settings.report("admin.time-zone", "must be a time-zone id such as Europe/London, America/New_York or UTC");
            zone = ZoneOffset.UTC;
        }
        String folder = settings.string("admin.approved-answers").strip();
        Path approvedAnswers = folder.isEmpty() ? settings.path("data-dir").resolve("approved-answers") : Path.of(folder);
        return new AdminConfig(token, session, quietAfter, zone, approvedAnswers);
    }
}
