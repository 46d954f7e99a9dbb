package dev.baton.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Conversations and their messages, persisted (SQLite by default, PostgreSQL at scale). */
public interface ConversationStore {
    /** The conversation for this key, started now when there is none; its context is refreshed when given anew. */
    Conversation findOrStart(ConversationKey key, Participant user, CustomerContext context, Instant now);

    Optional<Conversation> find(String conversationId);

    /** The conversation at this place (thread, chat, web chat session), if one was ever started. */
    Optional<Conversation> find(ConversationKey key);

    void append(Message message);

    /** The newest {@code limit} messages, oldest first. */
    List<Message> history(String conversationId, int limit);
}
