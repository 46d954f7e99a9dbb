package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Fires when the user's answers keep failing them: several 👎 in the conversation, or this
 * message asks again what an earlier one asked (a near-duplicate by embedding similarity, so a
 * reworded repeat counts). Short messages ("ok", "thanks", "yes") are never repeats.
 */
public final class RepeatedFailureDetector implements SignalDetector {
    /** Below this many words a message carries too little to call it the same question. */
    static final int MIN_WORDS = 3;

    private final PhraseEmbedder embedder;
    private final double similarityThreshold;
    private final int minThumbsDown;

    public RepeatedFailureDetector(PhraseEmbedder embedder, double similarityThreshold, int minThumbsDown) {
        this.embedder = requireNonNull(embedder, "embedder is null");
        if (!(similarityThreshold > 0 && similarityThreshold <= 1) || minThumbsDown < 1) {
            throw new IllegalArgumentException(
                    "need a similarity within (0, 1] and at least one 👎: " + similarityThreshold + ", " + minThumbsDown);
        }
        this.similarityThreshold = similarityThreshold;
        this.minThumbsDown = minThumbsDown;
    }

    @Override
    public SignalKind kind() {
        return SignalKind.REPEATED_FAILURE;
    }

    @Override
    public Optional<Signal> detect(EscalationInput input) {
        if (input.thumbsDown() >= minThumbsDown) {
            return Optional.of(new Signal(kind(), input.thumbsDown() + " answers got a 👎 in this conversation"));
        }
        return mostSimilarEarlier(input)
                .filter(repeat -> repeat.similarity() >= similarityThreshold)
                .map(repeat -> new Signal(kind(), String.format(Locale.ROOT,
                        "asks again what was asked before: \"%s\" (similarity %.2f)", abbreviate(repeat.earlier()), repeat.similarity())));
    }

    /** The earlier user message closest to this one, for detection and for tuning the threshold. */
    public Optional<Repeat> mostSimilarEarlier(EscalationInput input) {
        String message = Phrases.normalise(input.message());
        if (words(message) < MIN_WORDS) {
            return Optional.empty();
        }
        Optional<Repeat> best = Optional.empty();
        float[] vector = null;
        for (String earlier : input.earlierUserMessages()) {
            String normalised = Phrases.normalise(earlier);
            if (words(normalised) < MIN_WORDS) {
                continue;
            }
            if (vector == null) {
                vector = embedder.embed(message);
            }
            double similarity = ExemplarMatcher.dot(vector, embedder.embed(normalised));
            if (best.isEmpty() || similarity > best.get().similarity()) {
                best = Optional.of(new Repeat(earlier, similarity));
            }
        }
        return best;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.split("\\s+").length;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    /** An earlier user message and its similarity to this one. */
    public record Repeat(String earlier, double similarity) {
        public Repeat {
            requireNonNull(earlier, "earlier is null");
        }
    }
}
