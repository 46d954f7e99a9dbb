package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.lifecycle.HandoffState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides each conversation's {@link Outcome} and its times, the same way everywhere (pages,
 * JSON, tests):
 * <ol>
 *   <li>its latest handoff was resolved by a person → resolved by a person; open or claimed → escalated;</li>
 *   <li>otherwise (no handoff, or given back to Baton): 👍 or a survey score of 4–5 → resolved by Baton, confirmed;</li>
 *   <li>quiet for {@code quietAfter}: Baton's last answer was confident and nobody pressed 👎 → resolved by
 *       Baton, assumed; else → abandoned;</li>
 *   <li>otherwise still in progress.</li>
 * </ol>
 */
public final class OutcomeRules {
    private final Duration quietAfter;

    public OutcomeRules(Duration quietAfter) {
        this.quietAfter = requireNonNull(quietAfter, "quietAfter is null");
        if (quietAfter.isNegative() || quietAfter.isZero()) {
            throw new IllegalArgumentException("quietAfter must be positive: " + quietAfter);
        }
    }

    public Outcome outcome(ConversationFacts facts, Instant now) {
        Optional<HandoffState> ticket = facts.ticket().map(TicketFacts::state);
        if (ticket.isPresent() && ticket.get() == HandoffState.RESOLVED) {
            return Outcome.RESOLVED_BY_HUMAN;
        }
        if (ticket.isPresent() && ticket.get().active()) {
            return Outcome.ESCALATED;
        }
        if (facts.helpfulVotes() > 0 || facts.surveyScore().filter(score -> score >= 4).isPresent()) {
            return Outcome.RESOLVED_BY_AI_CONFIRMED;
        }
        if (Duration.between(facts.lastActivityAt(), now).compareTo(quietAfter) < 0) {
            return Outcome.IN_PROGRESS;
        }
        boolean answeredWell = facts.botAnswered() && facts.lastAnswerConfident() && facts.notHelpfulVotes() == 0;
        return answeredWell ? Outcome.RESOLVED_BY_AI_ASSUMED : Outcome.ABANDONED;
    }

    /** From the first message to the reply that resolved it: the person's resolution, or Baton's last answer. */
    public Optional<Duration> timeToResolution(ConversationFacts facts, Outcome outcome) {
        return switch (outcome) {
            case RESOLVED_BY_HUMAN -> facts.ticket().flatMap(TicketFacts::closedAt)
                    .map(closed -> Duration.between(facts.startedAt(), closed));
            case RESOLVED_BY_AI_CONFIRMED, RESOLVED_BY_AI_ASSUMED -> facts.lastAnswerAt()
                    .map(answered -> Duration.between(facts.startedAt(), answered));
            case ESCALATED, ABANDONED, IN_PROGRESS -> Optional.empty();
        };
    }

    public Optional<Duration> timeToFirstResponse(ConversationFacts facts) {
        return facts.firstResponseAt().map(first -> Duration.between(facts.startedAt(), first));
    }
}
