package dev.baton.handoff.store;

import dev.baton.handoff.lifecycle.StaffThread;
import java.util.Optional;

/** Which staff thread belongs to which ticket, both ways, so messages can be relayed. */
public interface StaffThreadStore {
    /** Records the ticket's staff thread; a ticket keeps the first thread it was given. */
    void attach(String ticketId, StaffThread thread);

    Optional<StaffThread> threadOf(String ticketId);

    /** The ticket a staff thread belongs to. */
    Optional<String> ticketIn(StaffThread thread);
}
