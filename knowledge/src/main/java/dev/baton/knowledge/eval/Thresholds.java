package dev.baton.knowledge.eval;

import java.util.List;
import java.util.TreeSet;

/** Finds the confidence threshold that best separates answerable questions from unanswerable ones. */
final class Thresholds {
    private Thresholds() {}

    record Choice(double threshold, double abstentionRecall, double falseAbstentionRate) {}

    /**
     * The threshold (abstain below it) that maximises abstention recall minus false-abstention rate
     * (Youden's J); ties go to the lower threshold, which refuses fewer good questions.
     */
    static Choice best(List<QueryOutcome> outcomes) {
        long answerable = outcomes.stream().filter(QueryOutcome::answerable).count();
        long unanswerable = outcomes.size() - answerable;
        if (answerable == 0 || unanswerable == 0) {
            return new Choice(0, 0, 0);
        }
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        outcomes.forEach(outcome -> candidates.add(outcome.confidence() + 1e-9));
        Choice best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double threshold : candidates) {
            long refusedGood = outcomes.stream()
                    .filter(o -> o.answerable() && o.confidence() < threshold).count();
            long refusedGap = outcomes.stream()
                    .filter(o -> !o.answerable() && o.confidence() < threshold).count();
            double recall = (double) refusedGap / unanswerable;
            double falseRate = (double) refusedGood / answerable;
            if (recall - falseRate > bestScore + 1e-12) {
                bestScore = recall - falseRate;
                best = new Choice(Math.min(1, threshold), recall, falseRate);
            }
        }
        return best;
    }
}
