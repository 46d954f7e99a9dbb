package dev.baton.bot.webchat;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What the page polls for: the humans' messages since the last poll, the state of the latest
 * request, and the survey when a resolved request has not been rated yet.
 *
 * @param handoffState {@code open}, {@code claimed}, {@code resolved} or {@code returned to the bot}; empty with no request
 * @param surveyTicketId the ticket to rate, while a resolved request is unrated
 */
public record WebChatUpdates(
        List<WebChatUpdate> messages, Optional<String> handoffState, Optional<String> surveyTicketId) {
    public WebChatUpdates {
        messages = List.copyOf(messages);
        requireNonNull(handoffState, "handoffState is null");
        requireNonNull(surveyTicketId, "surveyTicketId is null");
    }
}
