package dev.baton.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestAdminSessions {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final Secret token = new Secret("correct-horse-battery-staple");

    private AdminSessions at(Instant instant, Optional<Secret> secret) {
        return new AdminSessions(secret, Duration.ofHours(12), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aSessionIsValidUntilItExpiresAndOnlyUnderTheTokenThatSignedIt() {
        String session = at(NOW, Optional.of(token)).newSession();

        assertThat(at(NOW.plus(Duration.ofHours(11)), Optional.of(token)).valid(session)).isTrue();
        assertThat(at(NOW.plus(Duration.ofHours(12)), Optional.of(token)).valid(session)).isFalse();
        assertThat(at(NOW, Optional.of(new Secret("another-token-entirely"))).valid(session)).isFalse();
        String extended = Long.toString(NOW.plus(Duration.ofDays(365)).toEpochMilli()) + session.substring(session.indexOf('.'));
        assertThat(at(NOW, Optional.of(token)).valid(extended)).as("a changed expiry breaks the signature").isFalse();
        assertThat(at(NOW, Optional.of(token)).valid("garbage")).isFalse();
        assertThat(at(NOW, Optional.of(token)).valid(null)).isFalse();
        assertThat(at(NOW, Optional.empty()).valid(session)).isFalse();
    }

    @Test
    void theTokenMustMatchExactly() {
        AdminSessions sessions = at(NOW, Optional.of(token));
        assertThat(sessions.tokenMatches("correct-horse-battery-staple")).isTrue();
        assertThat(sessions.tokenMatches(" correct-horse-battery-staple\n")).isTrue();
        assertThat(sessions.tokenMatches("correct-horse-battery")).isFalse();
        assertThat(sessions.tokenMatches(null)).isFalse();
        assertThat(at(NOW, Optional.empty()).tokenMatches("")).isFalse();
        assertThat(at(NOW, Optional.empty()).enabled()).isFalse();
    }
}
