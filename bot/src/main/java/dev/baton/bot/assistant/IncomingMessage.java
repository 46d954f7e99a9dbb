package dev.baton.bot.assistant;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.access.Audience;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Participant;

/**
 * A message as every adapter hands it to the assistant, whatever surface it came from; {@code
 * audience} says who else will read the answer, which decides the restricted documents it may use.
 */
public record IncomingMessage(
        ConversationKey key, Participant user, CustomerContext context, String text, Audience audience) {
    public IncomingMessage {
        requireNonNull(key, "key is null");
        requireNonNull(user, "user is null");
        requireNonNull(context, "context is null");
        requireNonNull(text, "text is null");
        requireNonNull(audience, "audience is null");
    }

    /** A message from a place Baton knows nothing about: answered from public documents only. */
    public IncomingMessage(ConversationKey key, Participant user, CustomerContext context, String text) {
        this(key, user, context, text, Audience.publicChannel());
    }
}
