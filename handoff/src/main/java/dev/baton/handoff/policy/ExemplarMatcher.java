package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A signal's exemplar phrases, embedded once, compared with message sentences by cosine similarity. */
public final class ExemplarMatcher {
    private final Exemplars exemplars;
    private final List<float[]> like;
    private final List<float[]> unlike;

    private ExemplarMatcher(Exemplars exemplars, List<float[]> like, List<float[]> unlike) {
        this.exemplars = exemplars;
        this.like = List.copyOf(like);
        this.unlike = List.copyOf(unlike);
    }

    /** Embeds the exemplars: a few hundred milliseconds with the local model, so done once, at start-up. */
    public static ExemplarMatcher embed(Exemplars exemplars, PhraseEmbedder embedder) {
        requireNonNull(exemplars, "exemplars is null");
        requireNonNull(embedder, "embedder is null");
        List<String> likeNormalised = exemplars.like().stream().map(Phrases::normalise).toList();
        List<String> unlikeNormalised = exemplars.unlike().stream().map(Phrases::normalise).toList();
        return new ExemplarMatcher(exemplars, embedder.embedAll(likeNormalised), embedder.embedAll(unlikeNormalised));
    }

    public SignalKind kind() {
        return exemplars.kind();
    }

    /** The nearest exemplar to a sentence's vector. */
    public Optional<ExemplarMatch> nearest(String sentence, float[] vector) {
        int best = -1;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < like.size(); i++) {
            double similarity = dot(vector, like.get(i));
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = i;
            }
        }
        double unlikeSimilarity = 0;
        for (float[] phrase : unlike) {
            unlikeSimilarity = Math.max(unlikeSimilarity, dot(vector, phrase));
        }
        return best < 0
                ? Optional.empty()
                : Optional.of(new ExemplarMatch(sentence, exemplars.like().get(best), bestSimilarity, unlikeSimilarity));
    }

    static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vector dimensions differ: " + a.length + " and " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
