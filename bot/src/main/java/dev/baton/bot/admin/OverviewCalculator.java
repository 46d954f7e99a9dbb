package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Turns the facts of a window's conversations into its {@link Overview}, with the outcome rules. */
public final class OverviewCalculator {
    private final OutcomeRules rules;

    public OverviewCalculator(OutcomeRules rules) {
        this.rules = requireNonNull(rules, "rules is null");
    }

    public Overview overview(List<ConversationFacts> facts, Instant now, ZoneId zone, List<String> channels,
            List<String> categories) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<Duration> aiResolution = new ArrayList<>();
        List<Duration> humanResolution = new ArrayList<>();
        List<Duration> firstResponse = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        Map<LocalDate, List<Outcome>> byDay = new TreeMap<>();
        for (ConversationFacts conversation : facts) {
            Outcome outcome = rules.outcome(conversation, now);
            outcomes.merge(outcome, 1, Integer::sum);
            byDay.computeIfAbsent(conversation.startedAt().atZone(zone).toLocalDate(), day -> new ArrayList<>()).add(outcome);
            rules.timeToResolution(conversation, outcome).ifPresent(
                    outcome.containedByAi() ? aiResolution::add : humanResolution::add);
            rules.timeToFirstResponse(conversation).ifPresent(firstResponse::add);
            conversation.surveyScore().ifPresent(scores::add);
        }
        int total = facts.size();
        int decided = total - outcomes.getOrDefault(Outcome.IN_PROGRESS, 0);
        int contained = count(outcomes, Outcome::containedByAi);
        long escalated = facts.stream().filter(conversation -> conversation.ticket().isPresent()).count();
        List<Overview.Day> days = new ArrayList<>();
        byDay.forEach((date, dayOutcomes) -> {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            dayOutcomes.forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
            int reachedPerson = counts.getOrDefault(Outcome.ESCALATED, 0) + counts.getOrDefault(Outcome.RESOLVED_BY_HUMAN, 0);
            days.add(new Overview.Day(date, dayOutcomes.size(), counts, share(reachedPerson, dayOutcomes.size())));
        });
        return new Overview(
                total,
                outcomes,
                share(contained, decided),
                share((int) escalated, total),
                scores.isEmpty() ? Optional.empty() : Optional.of(scores.stream().mapToInt(Integer::intValue).average().orElseThrow()),
                scores.size(),
                median(aiResolution),
                median(humanResolution),
                median(firstResponse),
                days,
                channels,
                categories);
    }

    private static int count(Map<Outcome, Integer> outcomes, Predicate<Outcome> which) {
        return outcomes.entrySet().stream().filter(e -> which.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    private static Optional<Double> share(int part, int whole) {
        return whole == 0 ? Optional.empty() : Optional.of((double) part / whole);
    }

    static Optional<Duration> median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1
                ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
