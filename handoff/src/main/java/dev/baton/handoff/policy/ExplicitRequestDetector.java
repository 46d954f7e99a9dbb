package dev.baton.handoff.policy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an explicit request for a human in a message ("/human", "can I talk to a person?",
 * "get me a real agent"). An explicit request escalates at once, whatever else is said, so this
 * errs towards recognising: a false positive costs a human a minute, a false negative traps a user.
 */
public final class ExplicitRequestDetector {
    private static final String PERSON =
            "(?:human(?: being)?|person|people|agent|someone|somebody|sb|representative|rep|operator|staff|"
                    + "support(?: team| staff| person| agent)?|it(?: team| support| desk)?|hr(?: team)?|helpdesk|help desk|"
                    + "service desk|colleague|engineer|manager|man|woman)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("^\\s*/(?:human|agent|person|escalate)\\b"),
            Pattern.compile("\\b(?:talk|speak|chat|get through|be put through|be connected)\\s+(?:to|with)\\s+"
                    + "(?:a |an |the |some |your |a real |a live |an actual |a real live |real |live |actual )?"
                    + PERSON + "\\b"),
            Pattern.compile("\\b(?:connect|transfer|put|pass|hand|escalate)\\s+(?:me|this|it|us)\\s+"
                    + "(?:(?:through |over |on )?(?:to|with)\\s+)?(?:a |an |the |some |your |a real |a live |real |live )?"
                    + PERSON + "\\b"),
            Pattern.compile("\\b(?:get|give|find|send|bring)\\s+me\\s+(?:a |an |the |some |your |a real |a live |real |live )?"
                    + PERSON + "\\b"),
            Pattern.compile("\\b(?:real|actual|live)\\s+(?:human|person|agent|people)\\b"),
            Pattern.compile("\\b(?:want|need|would like|prefer|request|demand)\\s+(?:to\\s+(?:talk|speak)\\s+(?:to|with)\\s+)?"
                    + "(?:a |an |the |some |a real |a live |real |live )?(?:human|person|agent|representative|operator)\\b"),
            Pattern.compile("\\bescalate\\b"),
            Pattern.compile("\\b(?:(?:don't|do not|no longer) want to (?:talk|speak|chat) (?:to|with)|stop talking to|"
                    + "not talking to|tired of (?:talking to )?) (?:a |an |the |this |your )?(?:bot|robot|machine|ai|chatbot)\\b"),
            // Asking to be rung or visited is asking for a person: Baton can do neither.
            Pattern.compile("\\b(?:call|ring|phone) me(?: back)?\\b|\\b(?:someone|somebody|a person|anyone|an agent|a human|"
                    + "a technician|an engineer|a member of (?:the |your )?(?:\\w+ )?(?:team|staff))\\b[^.?!]{0,40}"
                    + "\\b(?:call|ring|phone|come to|visit) (?:me|us|my desk)\\b"),
            Pattern.compile("\\b(?:raise|discuss|take) (?:this|it) (?:up )?with (?:someone|somebody|a person|a human|"
                    + "your (?:team|staff|manager))\\b"),
            Pattern.compile("\\bhuman,? please\\b|^\\s*(?:human|agent|operator|representative)\\s*[.!?]*\\s*$"));

    /** The detection as a lexicon stage of the explicit-request signal; its phrases carry no negation to veto. */
    public LexiconHit hit(String message) {
        return new LexiconHit(detect(message), Optional.empty());
    }

    /** The phrase that makes the message an explicit request, if it is one. */
    public Optional<String> detect(String message) {
        String text = Normalizer.normalize(message, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("\\s+", " ");
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group().strip());
            }
        }
        return Optional.empty();
    }
}
