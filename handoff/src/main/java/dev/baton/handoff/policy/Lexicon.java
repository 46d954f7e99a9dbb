package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions (with word boundaries, over the normalised text) for the phrases of one
 * signal. A match preceded by a negation in its clause ("I'm not frustrated", "I don't want to
 * cancel") does not count, and is reported so that a similarity match cannot override it.
 */
public final class Lexicon {
    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A lexicon whose matches are cancelled by a preceding negation. */
    public static Lexicon of(String... regexes) {
        return new Lexicon(compile(regexes, true));
    }

    /**
     * A lexicon of phrases that a preceding negation does not cancel: phrases that carry their
     * own ("you're not helping"), or punctuation ("doesn't help!!!" is still exasperated).
     */
    public static Lexicon unnegatable(String... regexes) {
        return new Lexicon(compile(regexes, false));
    }

    /** This lexicon's phrases, then the other's. */
    public Lexicon and(Lexicon other) {
        List<Entry> all = new java.util.ArrayList<>(entries);
        all.addAll(other.entries);
        return new Lexicon(all);
    }

    public LexiconHit find(String message) {
        requireNonNull(message, "message is null");
        String text = Phrases.normalise(message);
        Optional<String> negated = Optional.empty();
        for (Entry entry : entries) {
            Matcher matcher = entry.pattern().matcher(text);
            while (matcher.find()) {
                String phrase = matcher.group().strip();
                if (entry.negatable() && Phrases.negatedAt(text, matcher.start())) {
                    negated = negated.or(() -> Optional.of(phrase));
                } else {
                    return new LexiconHit(Optional.of(phrase), negated);
                }
            }
        }
        return new LexiconHit(Optional.empty(), negated);
    }

    private static List<Entry> compile(String[] regexes, boolean negatable) {
        return java.util.Arrays.stream(regexes).map(regex -> new Entry(Pattern.compile(regex), negatable)).toList();
    }

    private record Entry(Pattern pattern, boolean negatable) {}
}
