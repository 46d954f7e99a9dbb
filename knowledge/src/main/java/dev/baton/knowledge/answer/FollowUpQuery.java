package dev.baton.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text to search for a question in its conversation. A follow-up such as "and for
 * contractors?" or "how do I reset it?" means little alone, so it is searched together with the
 * user's previous question (two, when that one was a follow-up too). A question that stands on its
 * own is searched as it is: adding history to it would only blur it.
 */
public final class FollowUpQuery {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Set<String> OPENERS = Set.of("and", "or", "but", "also", "so", "then", "what about",
            "how about", "same for", "what if", "and if", "else", "otherwise", "ok and", "okay and");
    private static final Set<String> REFERENCES = Set.of("it", "its", "it's", "they", "them", "their", "those",
            "these", "that one", "this one", "same", "there", "that");
    /** Questions with this few content words lean on what was said before. */
    private static final int SHORT = 3;
    private static final int MAX_EARLIER_QUESTIONS = 2;
    private static final int WHOLE_QUESTION_WORDS = 4;
    private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "where", "when", "who", "which", "why",
            "can", "could", "do", "does", "is", "are", "should", "will", "would", "may");
    private static final Set<String> QUESTION_SECOND_WORDS = Set.of("is", "are", "was", "were", "do", "does", "did",
            "can", "could", "should", "will", "would", "i", "we", "you", "my", "the", "a", "an", "much", "many",
            "long", "often", "to", "has", "have");

    private FollowUpQuery() {}

    public static String text(Question question) {
        List<String> earlier = new ArrayList<>();
        String current = question.text().strip();
        List<ConversationTurn> history = question.history();
        for (int i = history.size() - 1; i >= 0 && earlier.size() < MAX_EARLIER_QUESTIONS; i--) {
            ConversationTurn turn = history.get(i);
            if (turn.speaker() != ConversationTurn.Speaker.USER || turn.text().isBlank()) {
                continue;
            }
            if (!isFollowUp(earlier.isEmpty() ? current : earlier.get(0))) {
                break;
            }
            earlier.add(0, turn.text().strip());
        }
        if (earlier.isEmpty()) {
            return current;
        }
        return String.join("\n", earlier) + "\n" + current;
    }

    /** Whether a message leans on the conversation before it. */
    public static boolean isFollowUp(String message) {
        List<String> words = words(message);
        if (words.isEmpty()) {
            return true;
        }
        String opening = words.get(0);
        String openingPair = words.size() > 1 ? opening + " " + words.get(1) : opening;
        if (OPENERS.contains(opening) || OPENERS.contains(openingPair)) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            String pair = i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : "";
            if (REFERENCES.contains(words.get(i)) && !isDummySubject(words, i) || REFERENCES.contains(pair)) {
                return true;
            }
        }
        if (isWholeQuestion(words)) {
            return false;
        }
        return words.stream().filter(word -> !Stopwords.contains(word)).count() <= SHORT;
    }

    /**
     * "What is the capital of Peru?", "how do I print?" in four words or more: a question with its
     * own verb and subject stands alone even when short — treating it as a follow-up would answer
     * a change of topic with the previous topic.
     */
    private static boolean isWholeQuestion(List<String> words) {
        return words.size() >= WHOLE_QUESTION_WORDS
                && QUESTION_WORDS.contains(words.get(0))
                && QUESTION_SECOND_WORDS.contains(words.get(1));
    }

    /** "Is there a way…", "it is possible…": words that point at nothing said before. */
    private static boolean isDummySubject(List<String> words, int i) {
        String word = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        String previous = i > 0 ? words.get(i - 1) : "";
        return switch (word) {
            case "there" -> Set.of("is", "are", "was", "were", "be").contains(next) || previous.equals("is")
                    || previous.equals("are");
            case "it" -> Set.of("is", "possible", "seems", "looks", "takes", "says").contains(next)
                    && !previous.equals("do") && !previous.equals("does");
            case "that" -> !(i == words.size() - 1 || Set.of("one", "for", "too", "also").contains(next));
            default -> false;
        };
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
