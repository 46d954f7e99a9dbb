package dev.baton.knowledge.eval;

import java.util.OptionalDouble;

/**
 * Categorization quality on a set of messages. Accuracy and macro-F1 are over the in-scope
 * messages, with a refusal ("none of these") counting as wrong; the {@code closest} variants ignore
 * the threshold and score the closest category (the classifier alone). Out-of-scope recall is the
 * share of out-of-scope messages refused ({@code Distinct}: counting each distinct text once), the
 * false-abstention rate the share of in-scope messages refused. The {@code hindsight} recalls are
 * those of the threshold that, chosen afterwards on these very messages, refuses 5% (10%) of the
 * in-scope ones: they say how well the confidence separates the two kinds of message, not what
 * Baton achieves (its threshold is fixed beforehand). Out-of-scope figures are empty when there are
 * no out-of-scope messages.
 */
public record CategorizationFigures(
        int messages,
        int inScope,
        int outOfScope,
        double accuracy,
        double macroF1,
        double closestAccuracy,
        double closestMacroF1,
        double falseAbstentionRate,
        OptionalDouble outOfScopeRecall,
        OptionalDouble outOfScopeRecallDistinct,
        OptionalDouble hindsightRecallAt5,
        OptionalDouble hindsightRecallAt10) {
    public CategorizationFigures {
        if (messages != inScope + outOfScope || inScope < 0 || outOfScope < 0) {
            throw new IllegalArgumentException("messages must be in scope plus out of scope: " + messages);
        }
        if (outOfScopeRecall.isPresent() != (outOfScope > 0)) {
            throw new IllegalArgumentException("out-of-scope recall is given exactly when there are out-of-scope messages");
        }
    }
}
