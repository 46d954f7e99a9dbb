package dev.baton.bot.assistant;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import dev.baton.bot.conversation.Message;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.knowledge.answer.ConversationSummarizer;
import dev.baton.knowledge.answer.ConversationTurn;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary a human reads first. With a language model configured it writes one from the
 * conversation; otherwise, or when the model fails, an extractive one: the first question, what else
 * the user said, and what Baton already answered with which sources — so it never invents a fact.
 */
public final class HandoffSummarizer {
    private static final int MAX_QUOTE = 280;

    private final ConversationSummarizer model;

    @Inject
    public HandoffSummarizer(ConversationSummarizer model) {
        this.model = requireNonNull(model, "model is null");
    }

    public String summarize(List<Message> transcript) {
        List<ConversationTurn> turns = transcript.stream()
                .filter(message -> message.role() != MessageRole.SYSTEM)
                .map(message -> new ConversationTurn(switch (message.role()) {
                    case USER -> ConversationTurn.Speaker.USER;
                    case HUMAN_AGENT -> ConversationTurn.Speaker.HUMAN_AGENT;
                    case ASSISTANT, SYSTEM -> ConversationTurn.Speaker.ASSISTANT;
                }, message.text()))
                .toList();
        return model.summarize(turns)
                .map(written -> "Summary (written by the language model from the conversation):\n" + written
                        + sourcesLine(transcript))
                .orElseGet(() -> extractive(transcript));
    }

    private static String sourcesLine(List<Message> transcript) {
        return transcript.stream()
                .filter(m -> m.role() == MessageRole.ASSISTANT && !m.citations().isEmpty())
                .reduce((first, second) -> second)
                .map(last -> "\nSources used: " + last.citations().stream()
                        .map(c -> c.title() + " <" + c.location() + ">")
                        .collect(Collectors.joining("; ")))
                .orElse("");
    }

    private static String extractive(List<Message> transcript) {
        List<Message> fromUser = transcript.stream().filter(m -> m.role() == MessageRole.USER).toList();
        if (fromUser.isEmpty()) {
            return "The user asked for a person before asking anything.";
        }
        StringBuilder summary = new StringBuilder("First question: ").append(quote(fromUser.get(0).text()));
        if (fromUser.size() > 1) {
            summary.append("\nThen: ")
                    .append(fromUser.subList(1, fromUser.size()).stream()
                            .map(m -> quote(m.text()))
                            .collect(Collectors.joining(" / ")));
        }
        transcript.stream()
                .filter(m -> m.role() == MessageRole.ASSISTANT)
                .reduce((first, second) -> second)
                .ifPresent(last -> summary.append("\nBaton last answered")
                        .append(last.confidence().map(c -> String.format(" (confidence %.2f)", c)).orElse(""))
                        .append(": ")
                        .append(quote(last.text()))
                        .append(last.citations().isEmpty()
                                ? ""
                                : "\nSources used: " + last.citations().stream()
                                        .map(c -> c.title() + " <" + c.location() + ">")
                                        .collect(Collectors.joining("; "))));
        return summary.toString();
    }

    private static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > MAX_QUOTE ? flat.substring(0, MAX_QUOTE - 1) + "…" : flat) + "\"";
    }
}
