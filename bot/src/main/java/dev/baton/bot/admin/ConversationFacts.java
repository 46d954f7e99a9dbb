package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * What the outcome rules look at for one conversation, read from the transcript, its handoff
 * tickets, the feedback buttons and the survey.
 *
 * @param firstResponseAt Baton's (or a person's) first reply
 * @param lastActivityAt the newest message from anyone
 * @param lastAnswerConfident whether Baton's last answer was given with confidence (not "I'm not sure")
 * @param ticket the conversation's latest handoff ticket
 */
public record ConversationFacts(
        String conversationId,
        String surface,
        String channel,
        Optional<String> category,
        Instant startedAt,
        Optional<Instant> firstResponseAt,
        Instant lastActivityAt,
        boolean botAnswered,
        boolean lastAnswerConfident,
        Optional<Instant> lastAnswerAt,
        int helpfulVotes,
        int notHelpfulVotes,
        Optional<TicketFacts> ticket,
        Optional<Integer> surveyScore) {
    public ConversationFacts {
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(surface, "surface is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(category, "category is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(firstResponseAt, "firstResponseAt is null");
        requireNonNull(lastActivityAt, "lastActivityAt is null");
        requireNonNull(lastAnswerAt, "lastAnswerAt is null");
        requireNonNull(ticket, "ticket is null");
        requireNonNull(surveyScore, "surveyScore is null");
        if (helpfulVotes < 0 || notHelpfulVotes < 0) {
            throw new IllegalArgumentException("vote counts cannot be negative");
        }
    }
}
