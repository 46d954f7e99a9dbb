package dev.baton.knowledge.answer;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.index.SearchFilter;
import java.util.List;

/** What to answer: the newest message, the conversation before it (oldest first) and what the asker may see. */
public record Question(String text, List<ConversationTurn> history, SearchFilter filter) {
    public Question {
        requireNonNull(text, "text is null");
        history = List.copyOf(history);
        requireNonNull(filter, "filter is null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a question needs text");
        }
    }

    public static Question of(String text) {
        return new Question(text, List.of(), SearchFilter.everything());
    }
}
