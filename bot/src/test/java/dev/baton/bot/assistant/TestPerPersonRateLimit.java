package dev.baton.bot.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.bot.testing.MovableClock;
import dev.baton.config.SettingsLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestPerPersonRateLimit {
    @Test
    void eachPersonGetsTheirOwnSlidingMinute() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-28T10:00:00Z"));
        PerPersonRateLimit limit = new PerPersonRateLimit(3, clock);

        assertThat(limit.tryAcquire("U1")).isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(limit.tryAcquire("U1")).isTrue();
        assertThat(limit.tryAcquire("U1")).isTrue();
        assertThat(limit.tryAcquire("U1")).as("a fourth in the same minute").isFalse();
        assertThat(limit.tryAcquire("U2")).as("someone else").isTrue();

        clock.advance(Duration.ofSeconds(41));
        assertThat(limit.tryAcquire("U1")).as("the first message left the window").isTrue();
        assertThat(limit.tryAcquire("U1")).isFalse();
    }

    @Test
    void theLimitIsASettingWithADefaultOfTwenty() {
        var settings = SettingsLoader.load(Optional.empty(), Map.of(), getClass().getClassLoader());
        assertThat(AssistantConfig.from(settings).maxMessagesPerMinute()).isEqualTo(20);
        var bad = SettingsLoader.load(Optional.empty(), Map.of("BATON_ASSISTANT_MAX_MESSAGES_PER_MINUTE", "0"),
                getClass().getClassLoader());
        AssistantConfig.from(bad);
        assertThat(bad.problems()).singleElement().satisfies(p -> assertThat(p.key()).isEqualTo("assistant.max-messages-per-minute"));
        assertThatThrownBy(() -> new AssistantConfig(0)).hasMessageContaining("at least 1");
    }
}
