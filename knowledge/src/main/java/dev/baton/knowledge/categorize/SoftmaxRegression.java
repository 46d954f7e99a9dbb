package dev.baton.knowledge.categorize;

import java.util.List;
import java.util.Random;

/**
 * A multinomial logistic regression over embedding vectors, trained with mini-batch Adam and L2
 * regularisation from a fixed seed, so that the same examples always give the same model. Inputs
 * are multiplied by {@link Training#inputScale()} first: unit-length embeddings give logits too
 * small for the optimiser to separate 100+ classes in a few epochs otherwise.
 */
final class SoftmaxRegression {
    /** Hyper-parameters of the trainer. */
    record Training(int epochs, int batchSize, double learningRate, double l2, double inputScale, long seed) {
        static final Training DEFAULT = new Training(30, 64, 0.01, 1e-4, 10, 7);

        Training {
            if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || !(l2 >= 0) || !(inputScale > 0)) {
                throw new IllegalArgumentException("invalid training settings: " + this);
            }
        }
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final int dimensions;
    private final int classes;
    private final double inputScale;
    /** Row-major [dimension][class], so that the inner loops run over classes. */
    private final float[] weights;
    private final float[] bias;

    private SoftmaxRegression(int dimensions, int classes, double inputScale, float[] weights, float[] bias) {
        this.dimensions = dimensions;
        this.classes = classes;
        this.inputScale = inputScale;
        this.weights = weights;
        this.bias = bias;
    }

    static SoftmaxRegression train(List<float[]> inputs, int[] labels, int classes, Training training) {
        if (inputs.isEmpty() || inputs.size() != labels.length) {
            throw new IllegalArgumentException("need one label per input, and at least one input");
        }
        if (classes < 1) {
            throw new IllegalArgumentException("need at least one class");
        }
        int dimensions = inputs.getFirst().length;
        for (int label : labels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label out of range: " + label);
            }
        }
        SoftmaxRegression model = new SoftmaxRegression(
                dimensions, classes, training.inputScale(), new float[dimensions * classes], new float[classes]);
        model.fit(inputs, labels, training);
        return model;
    }

    private void fit(List<float[]> inputs, int[] labels, Training training) {
        int count = inputs.size();
        float[] scaled = new float[count * dimensions];
        for (int i = 0; i < count; i++) {
            float[] input = inputs.get(i);
            if (input.length != dimensions) {
                throw new IllegalArgumentException("input " + i + " has " + input.length + " dimensions, not " + dimensions);
            }
            for (int j = 0; j < dimensions; j++) {
                scaled[i * dimensions + j] = (float) (input[j] * inputScale);
            }
        }
        float[] weightGradient = new float[weights.length];
        float[] biasGradient = new float[classes];
        float[] weightMoment = new float[weights.length];
        float[] weightVariance = new float[weights.length];
        float[] biasMoment = new float[classes];
        float[] biasVariance = new float[classes];
        double[] logits = new double[classes];
        float[] delta = new float[classes];
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Random random = new Random(training.seed());
        int step = 0;
        for (int epoch = 0; epoch < training.epochs(); epoch++) {
            shuffle(order, random);
            for (int start = 0; start < count; start += training.batchSize()) {
                int end = Math.min(count, start + training.batchSize());
                java.util.Arrays.fill(weightGradient, 0);
                java.util.Arrays.fill(biasGradient, 0);
                for (int k = start; k < end; k++) {
                    int row = order[k];
                    int offset = row * dimensions;
                    logits(scaled, offset, logits);
                    softmaxInPlace(logits);
                    logits[labels[row]] -= 1; // now the gradient of the loss with respect to the logits
                    for (int c = 0; c < classes; c++) {
                        delta[c] = (float) logits[c];
                        biasGradient[c] += delta[c];
                    }
                    // Plain float loops over the classes, which the JIT compiles to vector instructions.
                    for (int j = 0; j < dimensions; j++) {
                        float x = scaled[offset + j];
                        int base = j * classes;
                        for (int c = 0; c < classes; c++) {
                            weightGradient[base + c] += x * delta[c];
                        }
                    }
                }
                step++;
                float batch = end - start;
                for (int i = 0; i < weights.length; i++) {
                    weightGradient[i] = weightGradient[i] / batch + (float) (training.l2() * weights[i]);
                }
                for (int c = 0; c < classes; c++) {
                    biasGradient[c] /= batch;
                }
                adam(weights, weightGradient, weightMoment, weightVariance, step, training.learningRate());
                adam(bias, biasGradient, biasMoment, biasVariance, step, training.learningRate());
            }
        }
    }

    private static void adam(float[] parameters, float[] gradient, float[] moment, float[] variance, int step, double rate) {
        double momentCorrection = 1 - Math.pow(BETA1, step);
        double varianceCorrection = 1 - Math.pow(BETA2, step);
        for (int i = 0; i < parameters.length; i++) {
            float g = gradient[i];
            moment[i] = (float) (BETA1 * moment[i] + (1 - BETA1) * g);
            variance[i] = (float) (BETA2 * variance[i] + (1 - BETA2) * g * g);
            parameters[i] -= (float) (rate * (moment[i] / momentCorrection)
                    / (Math.sqrt(variance[i] / varianceCorrection) + EPSILON));
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private void logits(float[] inputs, int offset, double[] out) {
        float[] sums = new float[classes];
        for (int j = 0; j < dimensions; j++) {
            float x = inputs[offset + j];
            int base = j * classes;
            for (int c = 0; c < classes; c++) {
                sums[c] += x * weights[base + c];
            }
        }
        for (int c = 0; c < classes; c++) {
            out[c] = sums[c] + bias[c];
        }
    }

    private static void softmaxInPlace(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        double sum = 0;
        for (int c = 0; c < values.length; c++) {
            values[c] = Math.exp(values[c] - max);
            sum += values[c];
        }
        for (int c = 0; c < values.length; c++) {
            values[c] /= sum;
        }
    }

    /** The probability of each class for one input. */
    double[] probabilities(float[] input) {
        if (input.length != dimensions) {
            throw new IllegalArgumentException("input has " + input.length + " dimensions, not " + dimensions);
        }
        float[] scaled = new float[dimensions];
        for (int j = 0; j < dimensions; j++) {
            scaled[j] = (float) (input[j] * inputScale);
        }
        double[] out = new double[classes];
        logits(scaled, 0, out);
        softmaxInPlace(out);
        return out;
    }
}
