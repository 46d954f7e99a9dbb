package dev.baton.bot.handoff;

import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.handoff.lifecycle.OnCall;
import dev.baton.handoff.lifecycle.SlaBreach;
import dev.baton.handoff.lifecycle.StaffThread;
import dev.baton.knowledge.answer.Answer;
import java.util.Optional;

/**
 * Where the support team works handoffs on one surface (a Slack channel, a Teams channel): each
 * request becomes a thread whose root holds the brief and the Claim button, and the conversation
 * with the requester is mirrored into it. Implemented by the surface adapters.
 */
public interface StaffDesk {
    /** The surface this desk works on, as staff threads name it ("slack", "teams"). */
    String surface();

    /** Whether this desk posts for that rota entry (it names a channel on this desk's surface). */
    boolean serves(OnCall onCall);

    /** Posts the request and mentions the on-call people; returns the thread that now belongs to the ticket. */
    StaffThread post(HandoffBrief brief);

    /** Re-pages the next tier in the thread (and mentions them) after the SLA passed unclaimed. */
    void page(StaffThread thread, SlaBreach breach);

    /** Shows the ticket's new state on the root message and says what happened in the thread. */
    void update(StaffThread thread, HandoffTicket ticket, String note);

    /** Posts the requester's new message into the thread, with Baton's suggested reply when it has one. */
    void relayFromRequester(StaffThread thread, HandoffTicket ticket, String requesterName, String text,
            Optional<Answer> draft);
}
