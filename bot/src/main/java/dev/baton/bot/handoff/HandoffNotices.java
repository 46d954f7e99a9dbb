package dev.baton.bot.handoff;

import dev.baton.bot.conversation.Participant;
import dev.baton.handoff.lifecycle.HandoffTicket;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** What Baton says to requesters and to the team as a handoff moves along: one place for the wording. */
public final class HandoffNotices {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE HH:mm (zzz)", Locale.ENGLISH);

    /** A request number short enough to read out on a call. */
    public static String shortId(HandoffTicket ticket) {
        return "#" + ticket.id().substring(0, Math.min(8, ticket.id().length()));
    }

    /** Told to the requester when the handoff opens: a human is coming, and, off hours, when. */
    public String opened(HandoffTicket ticket, Optional<ZonedDateTime> offHoursUntil) {
        String base = "I've asked a person from the support team to take over (request " + shortId(ticket)
                + "). I've passed on our conversation so far, so you won't need to repeat anything.";
        return offHoursUntil
                .map(when -> base + " The team is away right now; someone will pick this up from "
                        + WHEN.format(when) + ".")
                .orElse(base);
    }

    /** Told to the requester who writes while the request waits or is held. */
    public String stillWithHumans(HandoffTicket ticket, boolean claimed) {
        return claimed
                ? "A person from the support team has your request (" + shortId(ticket) + "); I've passed your "
                        + "message on."
                : "Your request (" + shortId(ticket) + ") is waiting for a person from the support team; "
                        + "I've added your message to it.";
    }

    String claimedForStaff(Participant agent) {
        return agent.displayName() + " claimed this request.";
    }

    String claimedForRequester(Participant agent, HandoffTicket ticket) {
        return agent.displayName() + " from the support team is now handling your request (" + shortId(ticket)
                + ") and has our conversation so far. Reply here to talk to them.";
    }

    String unclaimedForStaff(Participant agent) {
        return agent.displayName() + " put this request back in the queue.";
    }

    String unclaimedForRequester(HandoffTicket ticket) {
        return "Your request (" + shortId(ticket) + ") is back in the support team's queue; the next available "
                + "person will pick it up. You don't need to do anything.";
    }

    String reassignedForStaff(Participant from, Participant to) {
        return from.displayName() + " handed this request to " + to.displayName() + ".";
    }

    String resolvedForStaff(Participant agent) {
        return agent.displayName() + " resolved this request. Replies here no longer reach the requester.";
    }

    String survey(Participant agent, HandoffTicket ticket) {
        return agent.displayName() + " marked your request (" + shortId(ticket) + ") as resolved. How satisfied "
                + "are you with the help you got, from 1 (very dissatisfied) to 5 (very satisfied)?";
    }

    String returnedForStaff(Participant agent) {
        return agent.displayName() + " gave this conversation back to Baton. Replies here no longer reach the requester.";
    }

    String returnedForRequester() {
        return "You're back with Baton, the support assistant. Ask me anything, or ask for a person again at any time.";
    }

    String closedReplyNotSent(HandoffTicket ticket) {
        return "Not sent: this request is " + ticket.state().label()
                + ". If the person needs more help, they can ask again and a new request will open.";
    }

    String heldByColleague(HandoffTicket ticket) {
        return "Not sent: a colleague (" + ticket.claimedBy().orElseThrow() + ") holds this request. Ask them to hand it to "
                + "you, or start your reply with " + HandoffCoordinator.INTERNAL_NOTE_PREFIX + " for a note to the team.";
    }
}
