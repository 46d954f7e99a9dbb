package dev.baton.bot.assistant;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Participant;

/** A message as every adapter hands it to the assistant, whatever surface it came from. */
public record IncomingMessage(ConversationKey key, Participant user, CustomerContext context, String text) {
    public IncomingMessage {
        requireNonNull(key, "key is null");
        requireNonNull(user, "user is null");
        requireNonNull(context, "context is null");
        requireNonNull(text, "text is null");
    }
}
