package dev.baton.bot.handoff;

import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.conversation.Message;
import dev.baton.handoff.lifecycle.HandoffTicket;
import java.util.List;

/** Told when a person resolves a request, with the whole conversation: how escalations become content. */
public interface ResolutionListener {
    void resolved(Conversation conversation, HandoffTicket ticket, List<Message> transcript);
}
