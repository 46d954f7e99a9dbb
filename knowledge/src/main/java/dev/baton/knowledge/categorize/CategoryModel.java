package dev.baton.knowledge.categorize;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.embedding.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Categories learnt from embedded examples, with the out-of-scope threshold calibrated on examples
 * held out from training: a share of each category's examples is set aside, a model fitted on the
 * rest, and the threshold put where {@code targetFalseAbstention} of the held-out examples fall
 * below it. The final model is then fitted on every example. Everything is seeded: the same
 * examples give the same model and threshold.
 */
public final class CategoryModel {
    /** Share of each category's examples held out to calibrate the threshold. */
    static final double HELD_OUT_SHARE = 0.2;
    private static final long CALIBRATION_SEED = 11;

    private final ExampleVectors examples;
    private final CategorizationMethod method;
    private final int neighbours;
    private final Optional<SoftmaxRegression> softmax;
    private final double threshold;

    private CategoryModel(ExampleVectors examples, CategorizationMethod method, int neighbours, double threshold) {
        this.examples = examples;
        this.method = method;
        this.neighbours = neighbours;
        this.softmax = switch (method) {
            case SOFTMAX, ENSEMBLE -> Optional.of(SoftmaxRegression.train(
                    examples.vectors(), examples.labels(), examples.categories().size(), SoftmaxRegression.Training.DEFAULT));
            case CENTROID, NEAREST_NEIGHBOURS -> Optional.empty();
        };
        this.threshold = threshold;
    }

    /**
     * Fits a model on example vectors (one label each).
     *
     * @param targetFalseAbstention the share of in-scope messages the threshold may refuse, from 0 to 1
     */
    public static CategoryModel fit(
            List<float[]> vectors, List<String> labels, CategorizationMethod method, int neighbours, double targetFalseAbstention) {
        requireNonNull(method, "method is null");
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be >= 1: " + neighbours);
        }
        if (!(targetFalseAbstention >= 0 && targetFalseAbstention <= 1)) {
            throw new IllegalArgumentException("targetFalseAbstention must be within [0, 1]: " + targetFalseAbstention);
        }
        double threshold = calibrate(vectors, labels, method, neighbours, targetFalseAbstention);
        return new CategoryModel(ExampleVectors.of(vectors, labels), method, neighbours, threshold);
    }

    private static double calibrate(
            List<float[]> vectors, List<String> labels, CategorizationMethod method, int neighbours, double target) {
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), label -> new ArrayList<>()).add(i);
        }
        Random random = new Random(CALIBRATION_SEED);
        boolean[] heldOut = new boolean[labels.size()];
        for (List<Integer> indices : byLabel.values()) {
            // A category with fewer than three examples keeps them all for training.
            int count = indices.size() < 3 ? 0 : Math.max(1, (int) Math.round(indices.size() * HELD_OUT_SHARE));
            List<Integer> shuffled = new ArrayList<>(indices);
            java.util.Collections.shuffle(shuffled, random);
            shuffled.subList(0, count).forEach(index -> heldOut[index] = true);
        }
        List<float[]> trainVectors = new ArrayList<>();
        List<String> trainLabels = new ArrayList<>();
        List<float[]> calibration = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (heldOut[i]) {
                calibration.add(vectors.get(i));
            } else {
                trainVectors.add(vectors.get(i));
                trainLabels.add(labels.get(i));
            }
        }
        if (calibration.isEmpty()) {
            return -1; // too few examples to calibrate: never out of scope
        }
        CategoryModel partial = new CategoryModel(ExampleVectors.of(trainVectors, trainLabels), method, neighbours, -1);
        double[] confidences = calibration.stream().mapToDouble(vector -> partial.classify(vector).confidence()).sorted().toArray();
        return thresholdFor(confidences, target);
    }

    /** The threshold below which {@code target} of these (sorted) in-scope confidences fall. */
    static double thresholdFor(double[] sortedConfidences, double target) {
        int index = (int) Math.floor(target * sortedConfidences.length);
        return index >= sortedConfidences.length ? Math.nextUp(sortedConfidences[sortedConfidences.length - 1]) : sortedConfidences[index];
    }

    public double threshold() {
        return threshold;
    }

    public List<String> categories() {
        return examples.categories();
    }

    /** Categorizes one embedded message. */
    public Categorization classify(float[] vector) {
        float[] message = Vectors.normalised(vector);
        double[] similarities = examples.similarities(message);
        double[] centroidSimilarities = examples.centroidSimilarities(message);
        double[] scores = switch (method) {
            case CENTROID -> centroidSimilarities;
            case NEAREST_NEIGHBOURS -> examples.neighbourVote(similarities, neighbours);
            case SOFTMAX -> softmax.orElseThrow().probabilities(message);
            case ENSEMBLE -> sum(softmax.orElseThrow().probabilities(message), examples.neighbourVote(similarities, neighbours));
        };
        int[] ranked = topTwo(scores);
        String closest = examples.categories().get(ranked[0]);
        double confidence = examples.closeness(similarities, centroidSimilarities, ranked[0]);
        return new Categorization(
                confidence >= threshold ? Optional.of(closest) : Optional.empty(),
                closest,
                confidence,
                ranked[1] < 0 ? Optional.empty() : Optional.of(examples.categories().get(ranked[1])));
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length);
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    /** The best and second-best index (-1 when there is one category); ties go to the lower index. */
    private static int[] topTwo(double[] scores) {
        int first = 0;
        int second = -1;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[first]) {
                second = first;
                first = i;
            } else if (second < 0 || scores[i] > scores[second]) {
                second = i;
            }
        }
        return new int[] {first, second};
    }
}
