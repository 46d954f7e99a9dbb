package dev.baton.handoff.policy;

import java.util.Locale;

/** Counts of a detector's hits and misses against labels, and the precision and recall they give. */
final class Tally {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int trueNegatives;

    void add(boolean predicted, boolean actual) {
        if (predicted && actual) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
        } else if (actual) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    int positives() {
        return truePositives + falseNegatives;
    }

    int negatives() {
        return falsePositives + trueNegatives;
    }

    int falsePositives() {
        return falsePositives;
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return positives() == 0 ? 1 : (double) truePositives / positives();
    }

    double falsePositiveRate() {
        return negatives() == 0 ? 0 : (double) falsePositives / negatives();
    }

    /** F-beta: beta 0.5 weighs precision twice as much as recall. */
    double f(double beta) {
        double p = precision();
        double r = recall();
        double b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }

    String row(String name) {
        return String.format(Locale.ROOT, "%-24s %4d %4d %4d %4d   %5.3f  %5.3f  %5.3f",
                name, truePositives, falsePositives, falseNegatives, trueNegatives, precision(), recall(), f(1));
    }

    static String header() {
        return String.format(Locale.ROOT, "%-24s %4s %4s %4s %4s   %5s  %5s  %5s",
                "detector", "TP", "FP", "FN", "TN", "prec", "recall", "F1");
    }
}
