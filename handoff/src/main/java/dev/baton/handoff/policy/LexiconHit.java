package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a lexicon found in a message: the first phrase that counts, and the first phrase that was
 * there but negated ("I don't want to cancel"), which vetoes a similarity match on the same message.
 */
public record LexiconHit(Optional<String> phrase, Optional<String> negatedPhrase) {
    public static final LexiconHit NONE = new LexiconHit(Optional.empty(), Optional.empty());

    public LexiconHit {
        requireNonNull(phrase, "phrase is null");
        requireNonNull(negatedPhrase, "negatedPhrase is null");
    }
}
