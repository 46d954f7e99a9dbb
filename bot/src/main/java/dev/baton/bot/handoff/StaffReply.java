package dev.baton.bot.handoff;

/** What became of a message a support person wrote in a staff thread. */
public enum StaffReply {
    /** Sent to the requester (claiming the request first when nobody held it). */
    RELAYED,
    /** Started with the internal-note prefix: kept in the team. */
    INTERNAL_NOTE,
    /** A colleague holds the request: not sent, and the thread says so. */
    HELD_BY_COLLEAGUE,
    /** The request is closed: not sent, and the thread says so. */
    TICKET_CLOSED,
    /** The thread is not a handoff's staff thread: nothing to do. */
    NOT_A_HANDOFF_THREAD
}
