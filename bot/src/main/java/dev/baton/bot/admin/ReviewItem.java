package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Message;
import java.util.List;
import java.util.Optional;

/**
 * A conversation that needs a reviewer's eye: why it was picked (not helpful, low confidence,
 * escalated, abandoned), its transcript with the sources Baton cited, and the verdict so far.
 */
public record ReviewItem(
        ConversationFacts facts, Outcome outcome, List<String> flags, List<Message> transcript, Optional<ReviewTag> tag) {
    public ReviewItem {
        requireNonNull(facts, "facts is null");
        requireNonNull(outcome, "outcome is null");
        flags = List.copyOf(flags);
        transcript = List.copyOf(transcript);
        requireNonNull(tag, "tag is null");
    }
}
