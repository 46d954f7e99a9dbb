package dev.baton.handoff.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires on a message a one-shot answer will not settle: several distinct problems (a list, or
 * "also … another issue … on top of that"), many distinct error codes, or a long technical account.
 */
public final class ComplexIssueDetector implements SignalDetector {
    // Error codes as people paste them: 0x80070005, ERR_CONNECTION_RESET, AADSTS50076, E1234, HTTP 503,
    // "error 1603", "exit code 137", NullPointerException, TypeError.
    private static final List<Pattern> ERROR_CODES = List.of(
            Pattern.compile("\\b0x[0-9a-fA-F]{4,8}\\b"),
            Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b"),
            Pattern.compile("\\b[A-Z]{1,8}-?\\d{3,6}\\b"),
            Pattern.compile("(?i)\\b(?:error|err|code|status|exit code|http|event id)\\s*[:#]?\\s*\\d{3,6}\\b"),
            Pattern.compile("\\b[A-Z][A-Za-z]+(?:Exception|Error)\\b"),
            // Status words such as CrashLoopBackOff: three humps or more, so product names (OneDrive) stay out.
            Pattern.compile("\\b[A-Z][a-z]+(?:[A-Z][a-z]+){2,}\\b"));
    // Where one problem ends and another begins, when people list them in prose.
    private static final Pattern ANOTHER_PROBLEM = Pattern.compile(
            "\\b(?:also|another (?:issue|problem|thing|question)|on top of (?:that|this)|additionally|in addition|"
                    + "separately|secondly|second(?:ly)? (?:issue|problem|thing)|thirdly|third (?:issue|problem|thing)|"
                    + "as well as that|apart from that|besides that|plus|one more thing|and then)\\b");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:\\d{1,2}[.)]|[-*•])\\s+\\S");
    // "1) Outlook crashes, 2) Teams … 3) …" written on one line.
    private static final Pattern INLINE_NUMBER = Pattern.compile("(?<![\\w.,])(\\d{1,2})[.)]\\s+(?=[A-Za-z])");
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(two|three|four|five|six|several|multiple|a number of|a few|many|various|a series of) "
                    + "(?:separate |different |distinct |unrelated )?(?:things|issues|problems|questions|errors|faults)\\b");

    private final int minProblems;
    private final int minWords;
    private final int minErrorCodes;

    public ComplexIssueDetector(int minProblems, int minWords, int minErrorCodes) {
        if (minProblems < 2 || minWords < 1 || minErrorCodes < 1) {
            throw new IllegalArgumentException(
                    "need at least 2 problems, 1 word, 1 error code: " + minProblems + ", " + minWords + ", " + minErrorCodes);
        }
        this.minProblems = minProblems;
        this.minWords = minWords;
        this.minErrorCodes = minErrorCodes;
    }

    @Override
    public SignalKind kind() {
        return SignalKind.COMPLEX_ISSUE;
    }

    @Override
    public Optional<Signal> detect(EscalationInput input) {
        String message = input.message();
        Set<String> codes = errorCodes(message);
        if (codes.size() >= minErrorCodes) {
            return Optional.of(new Signal(kind(), codes.size() + " error codes: " + String.join(", ", codes)));
        }
        int problems = problems(message);
        if (problems >= minProblems) {
            return Optional.of(new Signal(kind(), problems + " distinct problems in one message"));
        }
        int words = message.isBlank() ? 0 : message.strip().split("\\s+").length;
        if (words >= minWords) {
            return Optional.of(new Signal(kind(), "a long, detailed message (" + words + " words)"));
        }
        return Optional.empty();
    }

    static Set<String> errorCodes(String message) {
        Set<String> codes = new LinkedHashSet<>();
        for (Pattern pattern : ERROR_CODES) {
            Matcher matcher = pattern.matcher(message);
            while (matcher.find()) {
                String code = matcher.group().strip();
                // "error 1603" and "1603" name the same code: keep the number once.
                String number = code.replaceAll("(?i)^(?:error|err|code|status|exit code|http|event id)\\s*[:#]?\\s*", "");
                if (codes.stream().noneMatch(known -> known.contains(number) || number.contains(known))) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    static int problems(String message) {
        int items = 0;
        Matcher list = LIST_ITEM.matcher(message);
        while (list.find()) {
            items++;
        }
        int next = 1;
        Matcher inline = INLINE_NUMBER.matcher(message);
        while (inline.find()) {
            if (Integer.parseInt(inline.group(1)) == next) {
                next++;
            }
        }
        items = Math.max(items, next - 1);
        Matcher counted = COUNTED.matcher(Phrases.normalise(message));
        if (counted.find()) {
            items = Math.max(items, switch (counted.group(1)) {
                case "two" -> 2;
                case "four" -> 4;
                case "five" -> 5;
                case "six" -> 6;
                default -> 3;
            });
        }
        int markers = 0;
        Matcher another = ANOTHER_PROBLEM.matcher(Phrases.normalise(message));
        while (another.find()) {
            markers++;
        }
        return Math.max(items, markers == 0 ? 1 : markers + 1);
    }
}
