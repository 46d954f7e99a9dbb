package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Detects a signal that lives in the wording of a message: a lexicon first (exact, explainable),
 * then the message's sentences compared with the signal's exemplar phrases, which catches the
 * phrasings no lexicon lists. A negated lexicon phrase ("I don't want to cancel") vetoes the
 * similarity match, which cannot tell the negation apart.
 */
public final class PhraseSignalDetector implements SignalDetector {
    private final Function<String, LexiconHit> lexicon;
    private final ExemplarMatcher exemplars;
    private final PhraseEmbedder embedder;
    private final double threshold;

    public PhraseSignalDetector(
            Function<String, LexiconHit> lexicon, ExemplarMatcher exemplars, PhraseEmbedder embedder, double threshold) {
        this.lexicon = requireNonNull(lexicon, "lexicon is null");
        this.exemplars = requireNonNull(exemplars, "exemplars is null");
        this.embedder = requireNonNull(embedder, "embedder is null");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be within (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public SignalKind kind() {
        return exemplars.kind();
    }

    @Override
    public Optional<Signal> detect(EscalationInput input) {
        String message = input.message();
        LexiconHit hit = lexicon.apply(message);
        if (hit.phrase().isPresent()) {
            return Optional.of(new Signal(kind(), "said \"" + hit.phrase().get() + "\""));
        }
        if (hit.negatedPhrase().isPresent()) {
            return Optional.empty();
        }
        return nearest(message)
                .filter(match -> match.score() >= threshold)
                .map(match -> new Signal(kind(), String.format(java.util.Locale.ROOT,
                        "\"%s\" is like \"%s\" (similarity %.2f)", match.sentence(), match.exemplar(), match.similarity())));
    }

    /** The sentence of the message nearest to an exemplar, by score; for detection and for tuning the threshold. */
    public Optional<ExemplarMatch> nearest(String message) {
        return Phrases.sentences(message).stream()
                .map(sentence -> exemplars.nearest(sentence, embedder.embed(sentence)))
                .flatMap(Optional::stream)
                .max(Comparator.comparingDouble(ExemplarMatch::score));
    }

    /** The lexicon alone, for measuring what the similarity stage adds. */
    public LexiconHit lexiconHit(String message) {
        return lexicon.apply(message);
    }
}
