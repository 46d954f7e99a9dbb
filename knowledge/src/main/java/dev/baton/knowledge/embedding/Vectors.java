package dev.baton.knowledge.embedding;

/** Small vector arithmetic shared by the embedding models, the index and the answerer. */
public final class Vectors {
    private Vectors() {}

    /** A copy scaled to unit length (a zero vector stays zero), so that dot product equals cosine similarity. */
    public static float[] normalised(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += (double) value * value;
        }
        float[] out = vector.clone();
        if (sum == 0) {
            return out;
        }
        double norm = Math.sqrt(sum);
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (out[i] / norm);
        }
        return out;
    }

    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " and " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
