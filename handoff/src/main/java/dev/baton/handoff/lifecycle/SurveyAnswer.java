package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** How satisfied the requester was (1 = very dissatisfied … 5 = very satisfied) with a resolved handoff. */
public record SurveyAnswer(String ticketId, int score, String answeredBy, Instant answeredAt) {
    public SurveyAnswer {
        requireNonNull(ticketId, "ticketId is null");
        requireNonNull(answeredBy, "answeredBy is null");
        requireNonNull(answeredAt, "answeredAt is null");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a satisfaction score is from 1 to 5, not " + score);
        }
    }
}
