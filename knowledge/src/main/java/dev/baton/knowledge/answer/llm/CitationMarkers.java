package dev.baton.knowledge.answer.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code [n]} markers of an answer: which passages it cites, and the text rewritten so that
 * its citations are numbered 1, 2, 3 … in the order a reader meets them.
 */
final class CitationMarkers {
    /** {@code [2]} or a list such as {@code [1, 3]}. */
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+(?:\\s*,\\s*\\d+)*)]");

    /** Larger numbers cannot be passages; they are read as an impossible citation rather than parsed. */
    private static final int MAX_DIGITS = 6;

    private CitationMarkers() {}

    /**
     * The passage numbers the reply cites: those marked in the text, in order of first
     * appearance, then those only listed in {@code cited}. An unparseably long number becomes 0,
     * which no passage has.
     */
    static SequencedSet<Integer> cited(ModelReply reply) {
        SequencedSet<Integer> numbers = new LinkedHashSet<>();
        Matcher matcher = MARKER.matcher(reply.answer());
        while (matcher.find()) {
            numbers.addAll(numbersIn(matcher.group(1)));
        }
        numbers.addAll(reply.cited());
        return numbers;
    }

    /** Rewrites every marker through {@code renumbering} (old passage number to citation number). */
    static String renumber(String text, Map<Integer, Integer> renumbering) {
        Matcher matcher = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replaced = numbersIn(matcher.group(1)).stream()
                    .map(number -> String.valueOf(renumbering.get(number)))
                    .distinct()
                    .collect(Collectors.joining(", ", "[", "]"));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<Integer> numbersIn(String list) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : list.split(",")) {
            String digits = part.strip();
            numbers.add(digits.length() > MAX_DIGITS ? 0 : Integer.parseInt(digits));
        }
        return numbers;
    }
}
