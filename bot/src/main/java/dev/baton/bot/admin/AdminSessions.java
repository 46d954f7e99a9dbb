package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may read the admin pages: whoever knows the configured token. A sign-in gives a cookie value
 * {@code <expiry millis>.<HMAC-SHA256 of it keyed by the token>}; nothing is stored server-side, so
 * every replica accepts it, and changing the token signs everybody out.
 */
public final class AdminSessions {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final Optional<Secret> token;
    private final Duration lifetime;
    private final Clock clock;

    public AdminSessions(Optional<Secret> token, Duration lifetime, Clock clock) {
        this.token = requireNonNull(token, "token is null");
        this.lifetime = requireNonNull(lifetime, "lifetime is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Whether admin pages are on at all (a token is configured). */
    public boolean enabled() {
        return token.isPresent();
    }

    /** Whether the presented token is the configured one (compared in constant time). */
    public boolean tokenMatches(String presented) {
        return token.isPresent() && presented != null
                && MessageDigest.isEqual(sha256(presented.strip()), sha256(token.get().reveal().strip()));
    }

    /** A new session cookie value, valid for the configured lifetime. */
    public String newSession() {
        String expiry = Long.toString(clock.instant().plus(lifetime).toEpochMilli());
        return expiry + "." + sign(expiry);
    }

    /** Whether a cookie value is a session this token signed and that has not expired. */
    public boolean valid(String session) {
        if (token.isEmpty() || session == null) {
            return false;
        }
        int dot = session.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String expiry = session.substring(0, dot);
        byte[] presented = session.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(presented, sign(expiry).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            return clock.instant().isBefore(Instant.ofEpochMilli(Long.parseLong(expiry)));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public Duration lifetime() {
        return lifetime;
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.orElseThrow().reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
