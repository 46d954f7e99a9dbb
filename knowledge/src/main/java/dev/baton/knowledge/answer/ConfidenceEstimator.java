package dev.baton.knowledge.answer;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.Passages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How sure the retrieved passages make us that the knowledge base answers the question, in [0, 1].
 * A logistic function of three pieces of evidence: the best cosine similarity, its margin over the
 * best passage of another title (a clear winner is more telling than a crowd of near misses) and
 * the share of the question's content words the best passage contains.
 *
 * <p>The coefficients were fitted by logistic regression on two populations weighted equally: the
 * stackfaq DEV half (answerable queries against same-topic questions whose FAQ entry is missing)
 * and the even-numbered half of the sample knowledge base's labelled questions (help-centre
 * questions against off-topic ones). Word overlap matters on the help centre, where employees use
 * the pages' words, and hardly on stackfaq, whose queries are paraphrases; the commands that
 * refit them are in the knowledge module's README.
 */
public final class ConfidenceEstimator {
    /** Coefficients of: intercept, best cosine, margin, lexical overlap. */
    public record Coefficients(double intercept, double similarity, double margin, double overlap) {}

    /** The evidence behind a confidence. */
    public record Evidence(double similarity, double margin, double overlap) {}

    public static final Coefficients FITTED = new Coefficients(-18.014, 23.662, 1.813, 3.336);

    private final Coefficients coefficients;

    public ConfidenceEstimator(Coefficients coefficients) {
        this.coefficients = requireNonNull(coefficients, "coefficients is null");
    }

    public double confidence(String query, List<ScoredChunk> passages) {
        return confidence(evidence(query, passages));
    }

    public double confidence(Evidence evidence) {
        if (Double.isNaN(evidence.similarity())) {
            return 0;
        }
        double z = coefficients.intercept()
                + coefficients.similarity() * evidence.similarity()
                + coefficients.margin() * evidence.margin()
                + coefficients.overlap() * evidence.overlap();
        return 1 / (1 + Math.exp(-z));
    }

    /** The evidence of a ranking; NaN similarity when nothing was retrieved. */
    public static Evidence evidence(String query, List<ScoredChunk> passages) {
        if (passages.isEmpty()) {
            return new Evidence(Double.NaN, 0, 0);
        }
        ScoredChunk best = passages.get(0);
        for (ScoredChunk passage : passages) {
            if (passage.semanticScore() > best.semanticScore()) {
                best = passage;
            }
        }
        double runnerUp = 0;
        for (ScoredChunk passage : passages) {
            if (!passage.chunk().title().equals(best.chunk().title())) {
                runnerUp = Math.max(runnerUp, passage.semanticScore());
            }
        }
        return new Evidence(best.semanticScore(), best.semanticScore() - runnerUp, overlap(query, best));
    }

    /** The share of the query's content words found in the passage (crudely stemmed, so "passwords" finds "password"). */
    static double overlap(String query, ScoredChunk passage) {
        Set<String> wanted = new HashSet<>();
        for (String word : FollowUpQuery.words(query)) {
            if (!Stopwords.contains(word) && word.length() > 1) {
                wanted.add(stem(word));
            }
        }
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> present = new HashSet<>();
        for (String word : FollowUpQuery.words(Passages.searchableText(passage.chunk()))) {
            present.add(stem(word));
        }
        long found = wanted.stream().filter(present::contains).count();
        return (double) found / wanted.size();
    }

    private static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
