package dev.baton.bot.assistant;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Conversation;
import dev.baton.handoff.lifecycle.HandoffTicket;
import dev.baton.knowledge.answer.Answer;

/** How one turn ended; each adapter renders each case in its own way. */
public sealed interface TurnResult {
    Conversation conversation();

    /** Baton answered (or honestly abstained and offered a human). */
    record Answered(Conversation conversation, Answer answer) implements TurnResult {
        public Answered {
            requireNonNull(conversation, "conversation is null");
            requireNonNull(answer, "answer is null");
        }
    }

    /** A handoff was opened in this turn; {@code reply} tells the user what happens next. */
    record HandedOff(Conversation conversation, HandoffTicket ticket, String reply) implements TurnResult {
        public HandedOff {
            requireNonNull(conversation, "conversation is null");
            requireNonNull(ticket, "ticket is null");
            requireNonNull(reply, "reply is null");
        }
    }

    /** A short acknowledgement that needs no answer from the knowledge base (a survey score). */
    record Acknowledged(Conversation conversation, String reply) implements TurnResult {
        public Acknowledged {
            requireNonNull(conversation, "conversation is null");
            requireNonNull(reply, "reply is null");
        }
    }

    /**
     * The knowledge base could not be searched (the index is down, slow or broken): {@code reply} says
     * so and points to a human; adapters show it with the way to one (a Talk to a human button).
     */
    record KnowledgeUnavailable(Conversation conversation, String reply) implements TurnResult {
        public KnowledgeUnavailable {
            requireNonNull(conversation, "conversation is null");
            requireNonNull(reply, "reply is null");
        }
    }

    /** A human holds the conversation: the message goes to them and Baton stays silent. */
    record WithHuman(Conversation conversation, HandoffTicket ticket, String reply) implements TurnResult {
        public WithHuman {
            requireNonNull(conversation, "conversation is null");
            requireNonNull(ticket, "ticket is null");
            requireNonNull(reply, "reply is null");
        }
    }
}
