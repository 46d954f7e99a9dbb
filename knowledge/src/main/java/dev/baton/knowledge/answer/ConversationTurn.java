package dev.baton.knowledge.answer;

import static java.util.Objects.requireNonNull;

/** One earlier message of the conversation, as context for a follow-up question. */
public record ConversationTurn(Speaker speaker, String text) {
    public enum Speaker {
        USER,
        ASSISTANT,
        HUMAN_AGENT
    }

    public ConversationTurn {
        requireNonNull(speaker, "speaker is null");
        requireNonNull(text, "text is null");
    }
}
