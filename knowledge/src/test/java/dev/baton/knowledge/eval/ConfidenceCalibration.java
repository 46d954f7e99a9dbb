package dev.baton.knowledge.eval;

import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.embedding.BgeSmallEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Refits the confidence coefficients by logistic regression (Newton's method) on a BEIR folder with
 * unanswerable queries: label 1 for an answerable query, 0 for one the corpus cannot answer. Prints
 * the coefficients to paste into {@link ConfidenceEstimator#FITTED} and the best threshold with them.
 * Usage: {@code ConfidenceCalibration /work/shared/eval/stackfaq}.
 */
public final class ConfidenceCalibration {
    private ConfidenceCalibration() {}

    public static void main(String[] args) {
        BeirDataset dataset = BeirDataset.read(Path.of(args[0]));
        KnowledgeConfig config = KnowledgeConfig.from(
                SettingsLoader.load(Optional.empty(), Map.of(), ConfidenceCalibration.class.getClassLoader()));
        RetrievalEvaluation evaluation = new RetrievalEvaluation(
                BgeSmallEmbeddingModel.load(32), config, new ConfidenceEstimator(ConfidenceEstimator.FITTED));
        List<QueryOutcome> outcomes = evaluation.outcomes(dataset).queries();

        double[] w = fit(outcomes, 1e-3);
        System.out.printf(Locale.ROOT, "new Coefficients(%.3f, %.3f, %.3f, %.3f)%n", w[0], w[1], w[2], w[3]);
        ConfidenceEstimator refitted = new ConfidenceEstimator(new ConfidenceEstimator.Coefficients(w[0], w[1], w[2], w[3]));
        List<QueryOutcome> rescored = outcomes.stream()
                .map(o -> new QueryOutcome(o.queryId(), o.answerable(), o.ranking(), o.evidence(),
                        refitted.confidence(o.evidence()), false, o.latencyMs()))
                .toList();
        Thresholds.Choice best = Thresholds.best(rescored);
        System.out.printf(Locale.ROOT, "best threshold %.3f: abstention recall %.3f, false-abstention rate %.3f%n",
                best.threshold(), best.abstentionRecall(), best.falseAbstentionRate());
        for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            long gap = rescored.stream().filter(o -> !o.answerable()).count();
            long good = rescored.size() - gap;
            double recall = rescored.stream().filter(o -> !o.answerable() && o.confidence() < t).count() / (double) gap;
            double falseRate = rescored.stream().filter(o -> o.answerable() && o.confidence() < t).count() / (double) good;
            System.out.printf(Locale.ROOT, "threshold %.2f: abstention recall %.3f, false-abstention rate %.3f%n",
                    t, recall, falseRate);
        }
    }

    /** L2-regularised logistic regression on (1, similarity, margin, overlap). */
    static double[] fit(List<QueryOutcome> outcomes, double ridge) {
        double[] w = new double[4];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[4];
            double[][] hessian = new double[4][4];
            for (QueryOutcome outcome : outcomes) {
                double[] x = features(outcome.evidence());
                double p = 1 / (1 + Math.exp(-dot(w, x)));
                double y = outcome.answerable() ? 1 : 0;
                for (int i = 0; i < 4; i++) {
                    gradient[i] += (p - y) * x[i];
                    for (int j = 0; j < 4; j++) {
                        hessian[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < 4; i++) {
                gradient[i] += ridge * w[i];
                hessian[i][i] += ridge;
            }
            double[] step = solve(hessian, gradient);
            for (int i = 0; i < 4; i++) {
                w[i] -= step[i];
            }
        }
        return w;
    }

    private static double[] features(ConfidenceEstimator.Evidence evidence) {
        return new double[] {1, evidence.similarity(), evidence.margin(), evidence.overlap()};
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, n);
            a[i][n] = vector[i];
        }
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swap = a[column];
            a[column] = a[pivot];
            a[pivot] = swap;
            for (int row = column + 1; row < n; row++) {
                double factor = a[row][column] / a[column][column];
                for (int k = column; k <= n; k++) {
                    a[row][k] -= factor * a[column][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = a[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }
}
