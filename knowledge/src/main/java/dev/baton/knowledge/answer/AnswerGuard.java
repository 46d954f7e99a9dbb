package dev.baton.knowledge.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last check of what Baton is about to say, whichever answerer wrote it: an answer that shows
 * its instructions or a secret, grants a refund or an exception to the asker, or tells the asker
 * that no person can help is never sent, whatever a document or a model was made to say. The
 * checks are phrased in the first and second person ("your refund has been approved"), which a help
 * page quoted by the extractive answerer does not use.
 */
public final class AnswerGuard {
    /** What an unsafe answer was. */
    public enum Violation {
        /** Shows Baton's own rules or prompt. */
        REVEALS_INSTRUCTIONS(Pattern.compile(
                "\\byou are baton\\b|\\bthese rules hold\\b|\\bsystem\\s+prompt\\b|\\bmy (hidden |secret )?instructions\\b",
                Pattern.CASE_INSENSITIVE)),
        /** Looks like a credential. */
        REVEALS_SECRET(Pattern.compile(
                "\\bxox[abposr]-|\\bxapp-|\\bsk-[A-Za-z0-9_-]{6,}|\\b(BATON_ADMIN_TOKEN|OPENAI_API_KEY|SLACK_SIGNING_SECRET"
                        + "|SLACK_BOT_TOKEN|MICROSOFT_APP_PASSWORD|QDRANT_API_KEY|DATABASE_PASSWORD)\\b")),
        /** Grants the asker money or an exception. */
        PROMISES(Pattern.compile(String.join("|",
                "\\byou('re|\\s+are)\\s+(owed|entitled\\s+to|due|eligible\\s+for|getting|going\\s+to\\s+get)\\b.{0,30}"
                        + "\\b(refund|reimbursement|credit|compensation|money\\s+back|exception)",
                "\\byour\\s+([\\w-]+\\s+){0,2}(refund|reimbursement|credit|compensation|exception)\\s+(has\\s+been|is|was|will\\s+be)"
                        + "\\s+(approved|granted|issued|processed|confirmed)",
                "\\b(refund|exception)\\s+(has\\s+been|is)\\s+(approved|granted)\\s+for\\s+you\\b",
                "\\bi\\s+(have\\s+|hereby\\s+)?(approved?|granted?|authori[sz]ed?)\\b",
                "\\byou\\s+will\\s+(receive|get)\\s+a\\s+(full\\s+)?(refund|credit|reimbursement)\\b"),
                Pattern.CASE_INSENSITIVE)),
        /** Tells the asker a person cannot be reached, or that Baton will not pass them on. */
        BLOCKS_A_HUMAN(Pattern.compile(String.join("|",
                "\\bno\\s+(human|person|people|agent|one)s?\\s+(is|are)\\s+available\\b",
                "\\b(a\\s+)?(human|person|agent)s?\\s+(is|are)\\s+(not|never)\\s+available\\b",
                "\\b(humans?|people|agents?)\\s+(are|is)\\s+unavailable\\b",
                "\\b(can(not|'t)|won'?t|will\\s+not)\\s+(escalate|hand\\s+(you|this)\\s+(over|off)|reach\\s+a\\s+(human|person))\\b",
                "\\b(do\\s+not|don'?t)\\s+(escalate|ask\\s+for\\s+a\\s+(human|person))\\b"),
                Pattern.CASE_INSENSITIVE));

        private final Pattern words;

        Violation(Pattern words) {
            this.words = words;
        }

        boolean foundIn(String text) {
            return words.matcher(text).find();
        }
    }

    private AnswerGuard() {}

    /** The first rule the answer text breaks, if any. */
    public static Optional<Violation> violation(String answer) {
        for (Violation violation : Violation.values()) {
            if (violation.foundIn(answer)) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }
}
