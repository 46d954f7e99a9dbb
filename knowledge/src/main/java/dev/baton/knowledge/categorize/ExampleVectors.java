package dev.baton.knowledge.categorize;

import dev.baton.knowledge.embedding.Vectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.VectorUtil;

/**
 * The embedded examples of every category: their vectors, each category's normalised mean
 * (centroid), the similarity-weighted vote of the nearest examples, and the closeness of a message
 * to one category's examples. Dot products go through Lucene's {@link VectorUtil}, which uses the
 * CPU's vector instructions when the JVM allows it.
 */
final class ExampleVectors {
    private final List<String> categories;
    private final int[] labels;
    private final float[][] vectors;
    private final float[][] centroids;

    private ExampleVectors(List<String> categories, int[] labels, float[][] vectors, float[][] centroids) {
        this.categories = categories;
        this.labels = labels;
        this.vectors = vectors;
        this.centroids = centroids;
    }

    /** Categories are numbered in order of first appearance. */
    static ExampleVectors of(List<float[]> vectors, List<String> labels) {
        if (vectors.isEmpty() || vectors.size() != labels.size()) {
            throw new IllegalArgumentException("need one label per vector, and at least one example");
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int[] numbered = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            numbered[i] = numbers.computeIfAbsent(labels.get(i), label -> numbers.size());
        }
        int dimensions = vectors.getFirst().length;
        float[][] sums = new float[numbers.size()][dimensions];
        float[][] normalised = new float[vectors.size()][];
        for (int i = 0; i < vectors.size(); i++) {
            normalised[i] = Vectors.normalised(vectors.get(i));
            if (normalised[i].length != dimensions) {
                throw new IllegalArgumentException("example " + i + " has " + normalised[i].length + " dimensions, not " + dimensions);
            }
            for (int j = 0; j < dimensions; j++) {
                sums[numbered[i]][j] += normalised[i][j];
            }
        }
        float[][] centroids = new float[sums.length][];
        for (int c = 0; c < sums.length; c++) {
            centroids[c] = Vectors.normalised(sums[c]);
        }
        return new ExampleVectors(List.copyOf(numbers.keySet()), numbered, normalised, centroids);
    }

    List<String> categories() {
        return categories;
    }

    int[] labels() {
        return labels.clone();
    }

    List<float[]> vectors() {
        List<float[]> out = new ArrayList<>(vectors.length);
        for (float[] vector : vectors) {
            out.add(vector);
        }
        return out;
    }

    /** The cosine similarity of a normalised message vector to every example. */
    double[] similarities(float[] message) {
        double[] out = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            out[i] = VectorUtil.dotProduct(message, vectors[i]);
        }
        return out;
    }

    /** The cosine similarity of a normalised message vector to every centroid. */
    double[] centroidSimilarities(float[] message) {
        double[] out = new double[centroids.length];
        for (int c = 0; c < centroids.length; c++) {
            out[c] = VectorUtil.dotProduct(message, centroids[c]);
        }
        return out;
    }

    /** Each category's share of the similarity of the {@code neighbours} nearest examples (sums to 1, or all 0). */
    double[] neighbourVote(double[] similarities, int neighbours) {
        int k = Math.min(neighbours, similarities.length);
        int[] nearest = new int[k];
        double[] best = new double[k];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < similarities.length; i++) {
            double value = similarities[i];
            if (value <= best[k - 1]) {
                continue;
            }
            int at = k - 1;
            while (at > 0 && best[at - 1] < value) {
                best[at] = best[at - 1];
                nearest[at] = nearest[at - 1];
                at--;
            }
            best[at] = value;
            nearest[at] = i;
        }
        double[] vote = new double[centroids.length];
        double total = 0;
        for (int n = 0; n < k; n++) {
            double weight = Math.max(0, best[n]);
            vote[labels[nearest[n]]] += weight;
            total += weight;
        }
        if (total > 0) {
            for (int c = 0; c < vote.length; c++) {
                vote[c] /= total;
            }
        }
        return vote;
    }

    /**
     * How close a message is to one category: the mean of its similarity to the category's centroid
     * and to the category's nearest example. Measured on clinc150 and hint3, this separates
     * out-of-scope messages better than the classifier's probability does.
     */
    double closeness(double[] similarities, double[] centroidSimilarities, int category) {
        double nearest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < similarities.length; i++) {
            if (labels[i] == category) {
                nearest = Math.max(nearest, similarities[i]);
            }
        }
        return Math.clamp(0.5 * centroidSimilarities[category] + 0.5 * nearest, -1, 1);
    }
}
