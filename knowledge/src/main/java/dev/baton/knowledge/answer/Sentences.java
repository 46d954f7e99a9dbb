package dev.baton.knowledge.answer;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a passage into the sentences an extractive answer may quote. */
final class Sentences {
    /** A quoted "sentence" longer than this (a run-on list item, a table row) is shortened. */
    static final int MAX_LENGTH = 320;

    private Sentences() {}

    static List<String> of(String text, int limit) {
        List<String> out = new ArrayList<>();
        // Line breaks separate list items and steps, which read as sentences of their own.
        for (String line : text.split("\\R+")) {
            BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            iterator.setText(line);
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE && out.size() < limit;
                    start = end, end = iterator.next()) {
                String sentence = line.substring(start, end).strip();
                if (sentence.chars().anyMatch(Character::isLetterOrDigit)) {
                    out.add(shorten(sentence));
                }
            }
        }
        return out;
    }

    static String shorten(String sentence) {
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
        return sentence.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "…";
    }
}
