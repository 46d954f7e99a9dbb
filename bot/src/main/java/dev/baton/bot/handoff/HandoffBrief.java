package dev.baton.bot.handoff;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.OnCall;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything the on-call person needs so that nobody repeats themselves: the request (summary,
 * category, reasons), who asks and their context, the whole transcript with what Baton answered and
 * from which sources, the requester's earlier requests, whom to page, and, off hours, when the team
 * is back.
 */
public record HandoffBrief(
        HandoffTicket ticket,
        Conversation conversation,
        List<Message> transcript,
        List<HandoffTicket> earlierTickets,
        OnCall onCall,
        Optional<ZonedDateTime> offHoursUntil) {
    public HandoffBrief {
        requireNonNull(ticket, "ticket is null");
        requireNonNull(conversation, "conversation is null");
        transcript = List.copyOf(transcript);
        earlierTickets = List.copyOf(earlierTickets);
        requireNonNull(onCall, "onCall is null");
        requireNonNull(offHoursUntil, "offHoursUntil is null");
    }

    /** Baton's answers in this conversation, each with the sources it cited. */
    public List<Message> botAnswers() {
        return transcript.stream().filter(message -> message.role() == MessageRole.ASSISTANT).toList();
    }
}
