package dev.baton.handoff.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestBusinessHours {
    @Test
    void parsesADayShift() {
        BusinessHours hours = BusinessHours.parse(" 09:00-17:30 ").orElseThrow();
        assertThat(hours).isEqualTo(new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 30)));
        assertThat(hours.toString()).isEqualTo("09:00-17:30");
        assertThat(hours.contains(LocalTime.of(8, 59))).isFalse();
        assertThat(hours.contains(LocalTime.of(9, 0))).isTrue();
        assertThat(hours.contains(LocalTime.of(17, 29))).isTrue();
        assertThat(hours.contains(LocalTime.of(17, 30))).isFalse();
    }

    @Test
    void anEndBeforeTheStartSpansMidnight() {
        BusinessHours night = BusinessHours.parse("22:00-06:00").orElseThrow();
        assertThat(night.contains(LocalTime.of(23, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(0, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(5, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(6, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(12, 0))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9-17", "09:00", "09:00-17:30-18:00", "25:00-26:00", "09:60-10:00", "09:00-09:00",
            "9:00-17:30", "09:00 - 17:30"})
    void rejectsAnythingElse(String text) {
        assertThat(BusinessHours.parse(text)).isEmpty();
    }

    @Test
    void refusesAnEmptySpan() {
        assertThatThrownBy(() -> new BusinessHours(LocalTime.NOON, LocalTime.NOON))
                .hasMessageContaining("same time");
    }
}
