package dev.baton.bot.handoff;

import static java.util.Objects.requireNonNull;

/** What reaches the requester's own conversation while humans hold it. */
public sealed interface RequesterNotice {
    String text();

    /** A support person's reply, relayed. */
    record FromAgent(String agentName, String text) implements RequesterNotice {
        public FromAgent {
            requireNonNull(agentName, "agentName is null");
            requireNonNull(text, "text is null");
        }
    }

    /** Where the request stands: claimed, back in the queue, given back to Baton. */
    record Status(String text) implements RequesterNotice {
        public Status {
            requireNonNull(text, "text is null");
        }
    }

    /** The request was resolved: how satisfied was the requester, 1 to 5? */
    record Survey(String ticketId, String text) implements RequesterNotice {
        public Survey {
            requireNonNull(ticketId, "ticketId is null");
            requireNonNull(text, "text is null");
        }
    }
}
