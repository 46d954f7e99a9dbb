package dev.baton.knowledge.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/** Computes {@link CategorizationFigures} from outcomes. */
public final class CategorizationMetrics {
    private CategorizationMetrics() {}

    public static CategorizationFigures figures(List<CategorizationOutcome> outcomes) {
        List<CategorizationOutcome> inScope = outcomes.stream().filter(outcome -> !outcome.outOfScope()).toList();
        List<CategorizationOutcome> outOfScope = outcomes.stream().filter(CategorizationOutcome::outOfScope).toList();
        OptionalDouble recall = outOfScope.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(share(outOfScope.stream().filter(CategorizationOutcome::abstained).count(), outOfScope.size()));
        OptionalDouble recallDistinct = OptionalDouble.empty();
        if (!outOfScope.isEmpty()) {
            Set<String> texts = new HashSet<>();
            Set<String> refused = new HashSet<>();
            for (CategorizationOutcome outcome : outOfScope) {
                texts.add(outcome.text());
                if (outcome.abstained()) {
                    refused.add(outcome.text());
                }
            }
            recallDistinct = OptionalDouble.of(share(refused.size(), texts.size()));
        }
        return new CategorizationFigures(
                outcomes.size(),
                inScope.size(),
                outOfScope.size(),
                accuracy(inScope, CategorizationOutcome::predicted),
                macroF1(inScope, CategorizationOutcome::predicted),
                accuracy(inScope, outcome -> Optional.of(outcome.closest())),
                macroF1(inScope, outcome -> Optional.of(outcome.closest())),
                share(inScope.stream().filter(CategorizationOutcome::abstained).count(), inScope.size()),
                recall,
                recallDistinct,
                hindsightRecall(inScope, outOfScope, 0.05),
                hindsightRecall(inScope, outOfScope, 0.10));
    }

    /** The out-of-scope recall of the threshold below which {@code falseAbstention} of the in-scope confidences fall. */
    static OptionalDouble hindsightRecall(
            List<CategorizationOutcome> inScope, List<CategorizationOutcome> outOfScope, double falseAbstention) {
        if (inScope.isEmpty() || outOfScope.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] sorted = inScope.stream().mapToDouble(CategorizationOutcome::confidence).sorted().toArray();
        double threshold = sorted[Math.min(sorted.length - 1, (int) Math.floor(falseAbstention * sorted.length))];
        return OptionalDouble.of(share(outOfScope.stream().filter(outcome -> outcome.confidence() < threshold).count(),
                outOfScope.size()));
    }

    /** The share of in-scope messages whose prediction is their gold label; 0 for none. */
    static double accuracy(List<CategorizationOutcome> inScope, Function<CategorizationOutcome, Optional<String>> prediction) {
        long correct = inScope.stream().filter(outcome -> prediction.apply(outcome).equals(Optional.of(outcome.gold()))).count();
        return share(correct, inScope.size());
    }

    /**
     * The mean over the gold labels of the in-scope messages of each label's F1: precision among the
     * in-scope messages predicted as the label, recall among the messages of the label. A label that
     * is predicted but never gold is not averaged (those wrong predictions already lower the recall
     * of the messages' own labels). 0 for no messages.
     */
    static double macroF1(List<CategorizationOutcome> inScope, Function<CategorizationOutcome, Optional<String>> prediction) {
        Map<String, Integer> gold = new HashMap<>();
        Map<String, Integer> predicted = new HashMap<>();
        Map<String, Integer> correct = new HashMap<>();
        for (CategorizationOutcome outcome : inScope) {
            gold.merge(outcome.gold(), 1, Integer::sum);
            Optional<String> label = prediction.apply(outcome);
            label.ifPresent(value -> predicted.merge(value, 1, Integer::sum));
            if (label.equals(Optional.of(outcome.gold()))) {
                correct.merge(outcome.gold(), 1, Integer::sum);
            }
        }
        if (gold.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Map.Entry<String, Integer> label : gold.entrySet()) {
            int truePositives = correct.getOrDefault(label.getKey(), 0);
            if (truePositives == 0) {
                continue;
            }
            double precision = (double) truePositives / predicted.get(label.getKey());
            double recall = (double) truePositives / label.getValue();
            sum += 2 * precision * recall / (precision + recall);
        }
        return sum / gold.size();
    }

    private static double share(long count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }
}
