package dev.baton.knowledge.answer.llm;

import dev.baton.knowledge.ingest.Chunk;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Catches an answer that talks about a refund, a credit, compensation, an exception or a discount
 * that none of its cited passages mentions. A model told not to promise such things still might,
 * and a support assistant that invents a refund commits the company; an unsupported mention of one
 * (even "you will not get a refund") is not grounded either, so any mention counts.
 */
final class PromiseGuard {
    /** A kind of commitment and the words that express it, matched from the start of a word. */
    enum Commitment {
        REFUND("\\b(refund|reimburs|money back)"),
        CREDIT("\\bcredit"),
        COMPENSATION("\\bcompensat"),
        EXCEPTION("\\b(exception|waive)"),
        DISCOUNT("\\bdiscount");

        private final Pattern words;

        Commitment(String words) {
            this.words = Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        boolean mentionedIn(String text) {
            return words.matcher(text).find();
        }
    }

    private PromiseGuard() {}

    /** The first commitment the answer mentions that no cited passage (title, section or text) mentions. */
    static Optional<Commitment> unsupported(String answer, List<Chunk> cited) {
        for (Commitment commitment : Commitment.values()) {
            if (commitment.mentionedIn(answer) && cited.stream().noneMatch(chunk -> mentions(chunk, commitment))) {
                return Optional.of(commitment);
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(Chunk chunk, Commitment commitment) {
        return commitment.mentionedIn(chunk.title())
                || commitment.mentionedIn(chunk.section())
                || commitment.mentionedIn(chunk.text());
    }
}
