package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers that matter for a window of conversations.
 *
 * @param containment share of decided conversations (not in progress) resolved by Baton, confirmed or assumed
 * @param escalationRate share of conversations that reached a person (any handoff)
 * @param csat mean survey score (1–5) and how many answered
 */
public record Overview(
        int conversations,
        Map<Outcome, Integer> outcomes,
        Optional<Double> containment,
        Optional<Double> escalationRate,
        Optional<Double> csat,
        int surveys,
        Optional<Duration> medianTimeToResolutionAi,
        Optional<Duration> medianTimeToResolutionEscalated,
        Optional<Duration> medianTimeToFirstResponse,
        List<Day> days,
        List<String> channels,
        List<String> categories) {
    public Overview {
        outcomes = Map.copyOf(outcomes);
        requireNonNull(containment, "containment is null");
        requireNonNull(escalationRate, "escalationRate is null");
        requireNonNull(csat, "csat is null");
        requireNonNull(medianTimeToResolutionAi, "medianTimeToResolutionAi is null");
        requireNonNull(medianTimeToResolutionEscalated, "medianTimeToResolutionEscalated is null");
        requireNonNull(medianTimeToFirstResponse, "medianTimeToFirstResponse is null");
        days = List.copyOf(days);
        channels = List.copyOf(channels);
        categories = List.copyOf(categories);
    }

    /** One day of the chart: conversations started that day, by outcome, and the day's escalation rate. */
    public record Day(LocalDate date, int conversations, Map<Outcome, Integer> outcomes, Optional<Double> escalationRate) {
        public Day {
            requireNonNull(date, "date is null");
            outcomes = Map.copyOf(outcomes);
            requireNonNull(escalationRate, "escalationRate is null");
        }
    }
}
