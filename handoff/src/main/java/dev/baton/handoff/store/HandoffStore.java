package dev.baton.handoff.store;

import dev.baton.handoff.lifecycle.HandoffTicket;
import java.util.List;
import java.util.Optional;

/**
 * Where handoff tickets live. Shared by every Baton replica, so each write that depends on what
 * was read is a compare-and-set: two agents pressing Claim at once cannot both win.
 */
public interface HandoffStore {
    /**
     * Stores the ticket unless its conversation already has an active (open or claimed) ticket, and
     * returns the active ticket either way: the new one, or the one that was there first.
     */
    HandoffTicket insertIfNoneActive(HandoffTicket ticket);

    Optional<HandoffTicket> find(String ticketId);

    /** The open or claimed ticket of a conversation, if any. */
    Optional<HandoffTicket> findActive(String conversationId);

    /** The conversation's most recently opened ticket, whatever its state. */
    Optional<HandoffTicket> findLatest(String conversationId);

    /** The requester's tickets, newest first, at most {@code limit}: their history with the support team. */
    List<HandoffTicket> listByRequester(String requesterId, int limit);

    /** Every open or claimed ticket, oldest first. */
    List<HandoffTicket> listActive();

    /**
     * Writes {@code next} only if the stored ticket still has {@code current}'s state and version;
     * false when someone changed it first. {@code next} is {@code current} after one transition.
     */
    boolean replace(HandoffTicket current, HandoffTicket next);
}
