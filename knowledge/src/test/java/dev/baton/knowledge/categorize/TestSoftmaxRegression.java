package dev.baton.knowledge.categorize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestSoftmaxRegression {
    /** Three noisy clusters around the first three axes of an 8-dimensional space. */
    static List<float[]> clusters(int perClass, long seed, List<Integer> labels) {
        Random random = new Random(seed);
        List<float[]> vectors = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < perClass; i++) {
                float[] vector = new float[8];
                for (int j = 0; j < 8; j++) {
                    vector[j] = (float) (random.nextGaussian() * 0.15);
                }
                vector[c] += 1;
                vectors.add(vector);
                labels.add(c);
            }
        }
        return vectors;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void separatesClustersItHasNotSeen() {
        List<Integer> trainLabels = new ArrayList<>();
        List<float[]> train = clusters(20, 1, trainLabels);
        SoftmaxRegression model = SoftmaxRegression.train(
                train, trainLabels.stream().mapToInt(Integer::intValue).toArray(), 3, SoftmaxRegression.Training.DEFAULT);

        List<Integer> testLabels = new ArrayList<>();
        List<float[]> test = clusters(20, 2, testLabels);
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            double[] probabilities = model.probabilities(test.get(i));
            assertThat(Arrays.stream(probabilities).sum()).isCloseTo(1, within(1e-9));
            if (argmax(probabilities) == testLabels.get(i)) {
                correct++;
            }
        }
        assertThat(correct).isGreaterThanOrEqualTo(test.size() - 2);
        // Confident on a clean point of the first class.
        assertThat(model.probabilities(new float[] {1, 0, 0, 0, 0, 0, 0, 0})[0]).isGreaterThan(0.8);
    }

    @Test
    void theSameExamplesGiveTheSameModel() {
        List<Integer> labels = new ArrayList<>();
        List<float[]> train = clusters(10, 3, labels);
        int[] numbered = labels.stream().mapToInt(Integer::intValue).toArray();
        float[] probe = {0.3f, 0.5f, 0.1f, 0, 0, 0.2f, 0, 0};

        double[] first = SoftmaxRegression.train(train, numbered, 3, SoftmaxRegression.Training.DEFAULT).probabilities(probe);
        double[] second = SoftmaxRegression.train(train, numbered, 3, SoftmaxRegression.Training.DEFAULT).probabilities(probe);

        assertThat(second).containsExactly(first);
    }

    @Test
    void rejectsLabelsThatDoNotMatchTheInputs() {
        List<float[]> inputs = List.of(new float[] {1, 0}, new float[] {0, 1});

        assertThatThrownBy(() -> SoftmaxRegression.train(inputs, new int[] {0}, 2, SoftmaxRegression.Training.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one label per input");
        assertThatThrownBy(() -> SoftmaxRegression.train(inputs, new int[] {0, 2}, 2, SoftmaxRegression.Training.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label out of range: 2");
        assertThatThrownBy(() -> SoftmaxRegression.train(inputs, new int[] {0, 1}, 2, SoftmaxRegression.Training.DEFAULT)
                        .probabilities(new float[] {1, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 dimensions, not 2");
    }
}
