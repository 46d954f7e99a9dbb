package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.store.HandoffStore;
import dev.baton.handoff.store.SurveyStore;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The satisfaction survey after a human resolved a request: the person who asked rates it 1 to 5.
 * Answering again replaces the earlier answer (people change their minds, or mis-click).
 */
public final class HandoffSurveys {
    private static final Logger LOG = LoggerFactory.getLogger(HandoffSurveys.class);

    private final HandoffStore tickets;
    private final SurveyStore answers;
    private final Clock clock;

    public HandoffSurveys(HandoffStore tickets, SurveyStore answers, Clock clock) {
        this.tickets = requireNonNull(tickets, "tickets is null");
        this.answers = requireNonNull(answers, "answers is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public SurveyAnswer answer(String ticketId, String userId, int score) {
        requireNonNull(ticketId, "ticketId is null");
        requireNonNull(userId, "userId is null");
        if (score < 1 || score > 5) {
            throw new HandoffException(HandoffErrorCode.INVALID_SURVEY_ANSWER,
                    "A satisfaction score is a whole number from 1 (very dissatisfied) to 5 (very satisfied), not "
                            + score + ".");
        }
        HandoffTicket ticket = tickets.find(ticketId).orElseThrow(() -> new HandoffException(
                HandoffErrorCode.TICKET_NOT_FOUND,
                "Cannot record a survey answer for handoff ticket " + ticketId + ": there is no such ticket."));
        if (ticket.state() != HandoffState.RESOLVED) {
            throw new HandoffException(HandoffErrorCode.INVALID_SURVEY_ANSWER,
                    "Request " + ticketId + " is " + ticket.state().label()
                            + "; it can be rated once a person from the support team has resolved it.");
        }
        if (!ticket.requester().id().equals(userId)) {
            throw new HandoffException(HandoffErrorCode.INVALID_SURVEY_ANSWER,
                    "Only the person who asked (" + ticket.requester().name() + ") can rate request " + ticketId + ".");
        }
        SurveyAnswer answer = new SurveyAnswer(ticketId, score, userId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        answers.save(answer);
        LOG.info("Handoff ticket {} rated {}/5", ticketId, score);
        return answer;
    }

    public Optional<SurveyAnswer> answerOf(String ticketId) {
        return answers.find(ticketId);
    }
}
