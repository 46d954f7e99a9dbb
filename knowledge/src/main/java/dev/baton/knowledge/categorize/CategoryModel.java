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
import org.apache.lucene.util.VectorUtil;

/**
 * Categories learnt from embedded examples, with the out-of-scope threshold calibrated on examples
 * held out from training: a share of each category's examples is set aside, a model fitted on the
 * rest, and the threshold put where {@code targetFalseAbstention} of the held-out examples fall
 * below it. The final model is then fitted on every example. Everything is seeded: the same
 * examples give the same model and threshold.
 *
 * <p>Examples of messages that fit no category (out-of-scope examples) are optional: when given, a
 * message's confidence is lowered by half its similarity to the nearest of them. On clinc150's
 * val.jsonl (reference data beside the evaluated file) this refused 97% of out-of-scope messages
 * where closeness alone refused 95%, at the same 5% of in-scope ones; weights from 0.25 to 0.5 did
 * equally well there, 1 did worse.
 */
public final class CategoryModel {
    /** Share of each category's examples held out to calibrate the threshold. */
    static final double HELD_OUT_SHARE = 0.2;
    private static final long CALIBRATION_SEED = 11;
    /** How much the similarity to the nearest out-of-scope example lowers the confidence. */
    static final double OUT_OF_SCOPE_WEIGHT = 0.5;

    private final ExampleVectors examples;
    private final CategorizationMethod method;
    private final int neighbours;
    private final Optional<SoftmaxRegression> softmax;
    private final List<float[]> outOfScope;
    private final double threshold;

    private CategoryModel(
            ExampleVectors examples, List<float[]> outOfScope, CategorizationMethod method, int neighbours, double threshold) {
        this.examples = examples;
        this.outOfScope = outOfScope.stream().map(Vectors::normalised).toList();
        this.method = method;
        this.neighbours = neighbours;
        this.softmax = switch (method) {
            case SOFTMAX, ENSEMBLE -> Optional.of(SoftmaxRegression.train(
                    examples.vectors(), examples.labels(), examples.categories().size(), SoftmaxRegression.Training.DEFAULT));
            case CENTROID, NEAREST_NEIGHBOURS -> Optional.empty();
        };
        this.threshold = threshold;
    }

    /** Fits a model on example vectors (one label each), without out-of-scope examples. */
    public static CategoryModel fit(
            List<float[]> vectors, List<String> labels, CategorizationMethod method, int neighbours, double targetFalseAbstention) {
        return fit(vectors, labels, List.of(), method, neighbours, targetFalseAbstention);
    }

    /**
     * Fits a model on example vectors (one label each) and vectors of out-of-scope examples (may be empty).
     *
     * @param targetFalseAbstention the share of in-scope messages the threshold may refuse, from 0 to 1
     */
    public static CategoryModel fit(
            List<float[]> vectors,
            List<String> labels,
            List<float[]> outOfScope,
            CategorizationMethod method,
            int neighbours,
            double targetFalseAbstention) {
        requireNonNull(outOfScope, "outOfScope is null");
        requireNonNull(method, "method is null");
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be >= 1: " + neighbours);
        }
        if (!(targetFalseAbstention >= 0 && targetFalseAbstention <= 1)) {
            throw new IllegalArgumentException("targetFalseAbstention must be within [0, 1]: " + targetFalseAbstention);
        }
        double threshold = calibrate(vectors, labels, outOfScope, method, neighbours, targetFalseAbstention);
        return new CategoryModel(ExampleVectors.of(vectors, labels), outOfScope, method, neighbours, threshold);
    }

    private static double calibrate(
            List<float[]> vectors,
            List<String> labels,
            List<float[]> outOfScope,
            CategorizationMethod method,
            int neighbours,
            double target) {
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
        CategoryModel partial = new CategoryModel(
                ExampleVectors.of(trainVectors, trainLabels), outOfScope, method, neighbours, -1);
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
        double confidence = Math.clamp(
                examples.closeness(similarities, centroidSimilarities, ranked[0]) - OUT_OF_SCOPE_WEIGHT * outOfScopeSimilarity(message),
                -1,
                1);
        return new Categorization(
                confidence >= threshold ? Optional.of(closest) : Optional.empty(),
                closest,
                confidence,
                ranked[1] < 0 ? Optional.empty() : Optional.of(examples.categories().get(ranked[1])));
    }

    /** The similarity to the nearest out-of-scope example, at least 0; 0 when there are none. */
    private double outOfScopeSimilarity(float[] message) {
        double nearest = 0;
        for (float[] example : outOfScope) {
            nearest = Math.max(nearest, VectorUtil.dotProduct(message, example));
        }
        return nearest;
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
