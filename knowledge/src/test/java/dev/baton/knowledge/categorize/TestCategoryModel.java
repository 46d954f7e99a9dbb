package dev.baton.knowledge.categorize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestCategoryModel {
    private static final List<String> NAMES = List.of("billing", "shipping", "returns");

    private static CategoryModel model(CategorizationMethod method, double target) {
        List<Integer> numbers = new ArrayList<>();
        List<float[]> vectors = TestSoftmaxRegression.clusters(15, 5, numbers);
        List<String> labels = numbers.stream().map(NAMES::get).toList();
        return CategoryModel.fit(vectors, labels, method, 5, target);
    }

    @ParameterizedTest
    @EnumSource(CategorizationMethod.class)
    void everyMethodFindsTheCategoryOfANewMessage(CategorizationMethod method) {
        CategoryModel model = model(method, 0.05);
        List<Integer> numbers = new ArrayList<>();
        List<float[]> messages = TestSoftmaxRegression.clusters(10, 6, numbers);

        int correct = 0;
        for (int i = 0; i < messages.size(); i++) {
            Categorization categorization = model.classify(messages.get(i));
            if (categorization.closest().equals(NAMES.get(numbers.get(i)))) {
                correct++;
            }
            assertThat(categorization.runnerUp()).isPresent().get().isNotEqualTo(categorization.closest());
        }
        assertThat(correct).isGreaterThanOrEqualTo(messages.size() - 2);
        assertThat(model.categories()).containsExactlyElementsOf(NAMES);
    }

    @ParameterizedTest
    @EnumSource(CategorizationMethod.class)
    void aMessageFarFromEveryCategoryIsOutOfScope(CategorizationMethod method) {
        CategoryModel model = model(method, 0.05);

        Categorization far = model.classify(new float[] {0, 0, 0, 0, 0, 1, 0, 0});
        Categorization near = model.classify(new float[] {0, 1, 0, 0, 0, 0.1f, 0, 0});

        assertThat(model.threshold()).isGreaterThan(0.5);
        assertThat(far.outOfScope()).isTrue();
        assertThat(far.category()).isEmpty();
        assertThat(far.confidence()).isLessThan(model.threshold());
        assertThat(near.category()).contains("shipping");
        assertThat(near.confidence()).isGreaterThanOrEqualTo(model.threshold());
    }

    @Test
    void outOfScopeExamplesLowerTheConfidenceOfMessagesNearThem() {
        List<Integer> numbers = new ArrayList<>();
        List<float[]> vectors = TestSoftmaxRegression.clusters(15, 5, numbers);
        List<String> labels = numbers.stream().map(NAMES::get).toList();
        float[] offTopic = {0, 0, 0, 0, 0, 1, 0, 0};
        CategoryModel plain = CategoryModel.fit(vectors, labels, CategorizationMethod.CENTROID, 5, 0.05);
        CategoryModel withNegatives = CategoryModel.fit(
                vectors, labels, List.of(offTopic), CategorizationMethod.CENTROID, 5, 0.05);
        float[] message = {0.6f, 0, 0, 0, 0, 0.8f, 0, 0};

        double lowered = plain.classify(message).confidence() - withNegatives.classify(message).confidence();

        // Half the message's cosine similarity (0.8) to the out-of-scope example.
        assertThat(lowered).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(withNegatives.classify(message).category()).isEmpty();
    }

    @Test
    void aHigherTargetRaisesTheThreshold() {
        assertThat(model(CategorizationMethod.ENSEMBLE, 0.3).threshold())
                .isGreaterThan(model(CategorizationMethod.ENSEMBLE, 0.0).threshold());
    }

    @Test
    void theThresholdRefusesTheTargetShareOfHeldOutConfidences() {
        double[] sorted = {0.1, 0.2, 0.3, 0.4};

        assertThat(CategoryModel.thresholdFor(sorted, 0.25)).isEqualTo(0.2); // 0.1 refused: a quarter
        assertThat(CategoryModel.thresholdFor(sorted, 0.0)).isEqualTo(0.1); // none refused
        assertThat(CategoryModel.thresholdFor(sorted, 1.0)).isGreaterThan(0.4); // all refused
    }

    @Test
    void tooFewExamplesToCalibrateMeansNeverOutOfScope() {
        CategoryModel model = CategoryModel.fit(
                List.of(new float[] {1, 0}, new float[] {0, 1}), List.of("a", "b"), CategorizationMethod.CENTROID, 3, 0.05);

        assertThat(model.threshold()).isEqualTo(-1);
        assertThat(model.classify(new float[] {-1, -1}).category()).isPresent();
    }

    @Test
    void rejectsBadSettings() {
        List<float[]> vectors = List.of(new float[] {1, 0});
        assertThatThrownBy(() -> CategoryModel.fit(vectors, List.of("a"), CategorizationMethod.CENTROID, 0, 0.05))
                .hasMessageContaining("neighbours must be >= 1");
        assertThatThrownBy(() -> CategoryModel.fit(vectors, List.of("a"), CategorizationMethod.CENTROID, 3, 1.5))
                .hasMessageContaining("targetFalseAbstention must be within [0, 1]");
        assertThatThrownBy(() -> CategoryModel.fit(vectors, List.of(), CategorizationMethod.CENTROID, 3, 0.05))
                .hasMessageContaining("one label per vector");
    }

    @Test
    void aCategorizationNamesTheClosestCategoryWhenItChoosesOne() {
        assertThatThrownBy(() -> new Categorization(Optional.of("a"), "b", 0.5, Optional.empty()))
                .hasMessageContaining("the category a is not the closest b");
        assertThatThrownBy(() -> new Categorization(Optional.empty(), "b", 2, Optional.empty()))
                .hasMessageContaining("confidence must be within [-1, 1]");
    }
}
