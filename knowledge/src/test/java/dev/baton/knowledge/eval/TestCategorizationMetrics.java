package dev.baton.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TestCategorizationMetrics {
    private static final String OOS = CategorizationDataset.OUT_OF_SCOPE;

    private static CategorizationOutcome outcome(String text, String gold, String predicted, String closest) {
        return new CategorizationOutcome(text, gold, Optional.ofNullable(predicted), closest, predicted == null ? 0.2 : 0.8);
    }

    /** Five in-scope messages (a, a, b, b, c) and three out-of-scope ones, two of them the same text. */
    private static final List<CategorizationOutcome> OUTCOMES = List.of(
            outcome("1", "a", "a", "a"),
            outcome("2", "a", null, "a"),
            outcome("3", "b", "a", "a"),
            outcome("4", "b", "b", "b"),
            outcome("5", "c", "c", "c"),
            outcome("hi", OOS, null, "a"),
            outcome("hi", OOS, null, "a"),
            outcome("yo", OOS, "b", "b"));

    @Test
    void countsARefusalAsWrongForAccuracyButNotForTheClosestCategory() {
        CategorizationFigures figures = CategorizationMetrics.figures(OUTCOMES);

        assertThat(figures.messages()).isEqualTo(8);
        assertThat(figures.inScope()).isEqualTo(5);
        assertThat(figures.outOfScope()).isEqualTo(3);
        assertThat(figures.accuracy()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(figures.closestAccuracy()).isCloseTo(4 / 5.0, within(1e-9));
        assertThat(figures.falseAbstentionRate()).isCloseTo(1 / 5.0, within(1e-9));
    }

    @Test
    void macroF1AveragesEachGoldLabelsF1() {
        CategorizationFigures figures = CategorizationMetrics.figures(OUTCOMES);

        // With the threshold: a: P 1/2, R 1/2 -> 0.5; b: P 1, R 1/2 -> 2/3; c: 1.
        assertThat(figures.macroF1()).isCloseTo((0.5 + 2 / 3.0 + 1) / 3, within(1e-9));
        // Closest: a: P 2/3, R 1 -> 0.8; b: P 1, R 1/2 -> 2/3; c: 1.
        assertThat(figures.closestMacroF1()).isCloseTo((0.8 + 2 / 3.0 + 1) / 3, within(1e-9));
    }

    @Test
    void outOfScopeRecallWithAndWithoutDuplicateTexts() {
        CategorizationFigures figures = CategorizationMetrics.figures(OUTCOMES);

        assertThat(figures.outOfScopeRecall()).isEqualTo(OptionalDouble.of(2 / 3.0));
        assertThat(figures.outOfScopeRecallDistinct()).isEqualTo(OptionalDouble.of(1 / 2.0));
    }

    @Test
    void hindsightRecallPutsTheThresholdAmongTheInScopeConfidences() {
        List<CategorizationOutcome> inScope = List.of(confident("a", 0.3), confident("a", 0.5), confident("a", 0.7),
                confident("a", 0.8), confident("a", 0.9), confident("a", 0.9), confident("a", 0.9), confident("a", 0.9),
                confident("a", 0.9), confident("a", 0.9));
        List<CategorizationOutcome> outOfScope = List.of(confident(OOS, 0.2), confident(OOS, 0.4), confident(OOS, 0.6));

        // 5% of ten in-scope messages refuses none: threshold 0.3, below which one of three out-of-scope ones falls.
        assertThat(CategorizationMetrics.hindsightRecall(inScope, outOfScope, 0.05)).isEqualTo(OptionalDouble.of(1 / 3.0));
        // 10% refuses the 0.3 one: threshold 0.5, below which two fall.
        assertThat(CategorizationMetrics.hindsightRecall(inScope, outOfScope, 0.10)).isEqualTo(OptionalDouble.of(2 / 3.0));
        assertThat(CategorizationMetrics.hindsightRecall(inScope, List.of(), 0.05)).isEmpty();
    }

    private static CategorizationOutcome confident(String gold, double confidence) {
        return new CategorizationOutcome("t", gold, Optional.empty(), "a", confidence);
    }

    @Test
    void withoutOutOfScopeMessagesThereIsNoOutOfScopeRecall() {
        CategorizationFigures figures = CategorizationMetrics.figures(OUTCOMES.subList(0, 5));

        assertThat(figures.outOfScope()).isZero();
        assertThat(figures.outOfScopeRecall()).isEmpty();
        assertThat(figures.outOfScopeRecallDistinct()).isEmpty();
        assertThat(figures.accuracy()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void aLabelNeverRightScoresZeroInTheMean() {
        CategorizationFigures figures = CategorizationMetrics.figures(List.of(
                outcome("1", "a", "b", "b"), outcome("2", "b", "b", "b")));

        // a: no true positive -> 0; b: P 1/2, R 1 -> 2/3.
        assertThat(figures.macroF1()).isCloseTo((0 + 2 / 3.0) / 2, within(1e-9));
        assertThat(figures.accuracy()).isCloseTo(0.5, within(1e-9));
    }
}
