package dev.baton.knowledge.answer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What Baton says. When {@code abstained}, the text is an honest "I'm not sure" and {@code
 * abstentionReason} says why (nothing relevant found, low confidence, sources do not cover it);
 * the citations then list what came closest, if anything, for the human who takes over.
 */
public record Answer(
        String text,
        List<Citation> citations,
        double confidence,
        boolean abstained,
        Optional<String> abstentionReason,
        String generator) {
    public Answer {
        requireNonNull(text, "text is null");
        citations = List.copyOf(citations);
        requireNonNull(abstentionReason, "abstentionReason is null");
        requireNonNull(generator, "generator is null");
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        if (abstained != abstentionReason.isPresent()) {
            throw new IllegalArgumentException("an abstention needs a reason, and only an abstention has one");
        }
    }
}
