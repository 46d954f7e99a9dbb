package dev.baton.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.baton.handoff.lifecycle.HandoffState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestOutcomeRules {
    private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final OutcomeRules rules = new OutcomeRules(Duration.ofMinutes(30));

    /** Baton answered 10 s after the question, last activity then, no votes, no ticket. */
    private static ConversationFacts answered(boolean confident, Instant lastActivity) {
        return new ConversationFacts("c", "WEBCHAT", "webchat", Optional.empty(), START,
                Optional.of(START.plusSeconds(10)), lastActivity, true, confident, Optional.of(START.plusSeconds(10)),
                0, 0, Optional.empty(), Optional.empty());
    }

    private static ConversationFacts withVotes(ConversationFacts facts, int helpful, int notHelpful) {
        return new ConversationFacts(facts.conversationId(), facts.surface(), facts.channel(), facts.category(),
                facts.startedAt(), facts.firstResponseAt(), facts.lastActivityAt(), facts.botAnswered(),
                facts.lastAnswerConfident(), facts.lastAnswerAt(), helpful, notHelpful, facts.ticket(), facts.surveyScore());
    }

    private static ConversationFacts withTicket(ConversationFacts facts, HandoffState state, Optional<Integer> survey) {
        Optional<Instant> closed = state.active() ? Optional.empty() : Optional.of(START.plus(Duration.ofHours(2)));
        return new ConversationFacts(facts.conversationId(), facts.surface(), facts.channel(), Optional.of("network"),
                facts.startedAt(), facts.firstResponseAt(), facts.lastActivityAt(), facts.botAnswered(),
                facts.lastAnswerConfident(), facts.lastAnswerAt(), facts.helpfulVotes(), facts.notHelpfulVotes(),
                Optional.of(new TicketFacts("t", state, Optional.of("network"), List.of("explicit request: /human"),
                        START.plusSeconds(60), closed)), survey);
    }

    @Test
    void eachRuleInOrder() {
        ConversationFacts quietConfident = answered(true, START.plusSeconds(10));
        assertThat(rules.outcome(quietConfident, NOW)).isEqualTo(Outcome.RESOLVED_BY_AI_ASSUMED);
        assertThat(rules.outcome(withVotes(quietConfident, 1, 0), NOW)).isEqualTo(Outcome.RESOLVED_BY_AI_CONFIRMED);
        assertThat(rules.outcome(withVotes(quietConfident, 0, 1), NOW)).isEqualTo(Outcome.ABANDONED);
        assertThat(rules.outcome(answered(false, START.plusSeconds(10)), NOW)).as("I'm not sure, then silence")
                .isEqualTo(Outcome.ABANDONED);
        assertThat(rules.outcome(answered(true, NOW.minusSeconds(60)), NOW)).isEqualTo(Outcome.IN_PROGRESS);

        assertThat(rules.outcome(withTicket(quietConfident, HandoffState.OPEN, Optional.empty()), NOW))
                .isEqualTo(Outcome.ESCALATED);
        assertThat(rules.outcome(withTicket(quietConfident, HandoffState.CLAIMED, Optional.empty()), NOW))
                .isEqualTo(Outcome.ESCALATED);
        assertThat(rules.outcome(withTicket(quietConfident, HandoffState.RESOLVED, Optional.of(2)), NOW))
                .isEqualTo(Outcome.RESOLVED_BY_HUMAN);
        assertThat(rules.outcome(withTicket(quietConfident, HandoffState.RETURNED_TO_BOT, Optional.of(5)), NOW))
                .as("given back to Baton, then rated 5").isEqualTo(Outcome.RESOLVED_BY_AI_CONFIRMED);
    }

    @Test
    void timesToResolutionAndFirstResponse() {
        ConversationFacts ai = answered(true, START.plusSeconds(10));
        assertThat(rules.timeToResolution(ai, Outcome.RESOLVED_BY_AI_ASSUMED)).contains(Duration.ofSeconds(10));
        ConversationFacts human = withTicket(ai, HandoffState.RESOLVED, Optional.empty());
        assertThat(rules.timeToResolution(human, Outcome.RESOLVED_BY_HUMAN)).contains(Duration.ofHours(2));
        assertThat(rules.timeToResolution(ai, Outcome.ABANDONED)).isEmpty();
        assertThat(rules.timeToFirstResponse(ai)).contains(Duration.ofSeconds(10));
    }

    @Test
    void theOverviewKeepsConfirmedAndAssumedApart() {
        ConversationFacts assumed = answered(true, START.plusSeconds(10));
        List<ConversationFacts> facts = List.of(
                assumed,
                withVotes(assumed, 1, 0),
                withTicket(assumed, HandoffState.RESOLVED, Optional.of(4)),
                withTicket(assumed, HandoffState.OPEN, Optional.empty()),
                answered(true, NOW.minusSeconds(5)));

        Overview overview = new OverviewCalculator(rules).overview(facts, NOW, ZoneOffset.UTC, List.of("webchat"), List.of());

        assertThat(overview.conversations()).isEqualTo(5);
        assertThat(overview.outcomes()).containsEntry(Outcome.RESOLVED_BY_AI_ASSUMED, 1)
                .containsEntry(Outcome.RESOLVED_BY_AI_CONFIRMED, 1)
                .containsEntry(Outcome.RESOLVED_BY_HUMAN, 1)
                .containsEntry(Outcome.ESCALATED, 1)
                .containsEntry(Outcome.IN_PROGRESS, 1);
        assertThat(overview.containment().orElseThrow()).as("2 of the 4 decided").isCloseTo(0.5, within(1e-9));
        assertThat(overview.escalationRate().orElseThrow()).as("2 of 5 reached a person").isCloseTo(0.4, within(1e-9));
        assertThat(overview.csat()).contains(4.0);
        assertThat(overview.medianTimeToResolutionAi()).contains(Duration.ofSeconds(10));
        assertThat(overview.medianTimeToResolutionEscalated()).contains(Duration.ofHours(2));
        assertThat(overview.days()).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(day.conversations()).isEqualTo(5);
        });
    }

    @Test
    void medians() {
        assertThat(OverviewCalculator.median(List.of())).isEmpty();
        assertThat(OverviewCalculator.median(List.of(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(2))))
                .contains(Duration.ofSeconds(2));
        assertThat(OverviewCalculator.median(List.of(Duration.ofSeconds(4), Duration.ofSeconds(1))))
                .contains(Duration.ofMillis(2500));
    }
}
