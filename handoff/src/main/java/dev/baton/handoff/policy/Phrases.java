package dev.baton.handoff.policy;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text handling shared by the phrase detectors: one normal form, sentences, and negation. */
final class Phrases {
    /** Long messages are judged on their first sentences: a pasted log must not cost a hundred embeddings. */
    static final int MAX_SENTENCES = 12;
    private static final int MAX_SENTENCE_CHARS = 400;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+|\\s+(?:but|however|although)\\s+");
    private static final Pattern CLAUSE_START = Pattern.compile(
            ".*(?:[.!?;,:()\\-]|\\bbut\\b|\\bthough\\b|\\bhowever\\b|\\band\\b|\\bso\\b|\\bif\\b)");
    // A cue within the few words before a phrase negates it: "I don't want to cancel", "not frustrated".
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|never|without|nor|hardly|neither|n't|don't|dont|doesn't|doesnt|didn't|didnt|won't|wont|"
                    + "wouldn't|isn't|aren't|wasn't|weren't|haven't|hasn't|shouldn't|needn't|no need to|"
                    + "no longer need to|not going to|no plans to|nothing to)\\b");
    private static final int NEGATION_WINDOW_WORDS = 4;

    private Phrases() {}

    /** Lower case, compatibility-normalised, straight apostrophes, single spaces. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .strip();
    }

    /** The message's sentences (also split at "but"), normalised, at most {@link #MAX_SENTENCES}. */
    static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_END.split(normalise(text)))
                .map(String::strip)
                .filter(sentence -> sentence.chars().anyMatch(Character::isLetter))
                .map(sentence -> sentence.length() > MAX_SENTENCE_CHARS ? sentence.substring(0, MAX_SENTENCE_CHARS) : sentence)
                .limit(MAX_SENTENCES)
                .toList();
    }

    /** Whether the words just before {@code start} in the same clause negate what starts there. */
    static boolean negatedAt(String normalisedText, int start) {
        String before = normalisedText.substring(0, start);
        var clause = CLAUSE_START.matcher(before);
        if (clause.lookingAt()) {
            before = before.substring(clause.end());
        }
        String[] words = before.strip().split("\\s+");
        String window = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - NEGATION_WINDOW_WORDS), words.length));
        return NEGATION.matcher(window.replace("n't", " n't")).find() || NEGATION.matcher(window).find();
    }
}
