package dev.baton.knowledge.index;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the semantic and lexical candidates of one search into one ranking. Every candidate
 * carries both scores (an index scores the union exactly), so a weighted sum needs no guessing for
 * a chunk that only one side found.
 *
 * <p>BM25 scores have no fixed scale, so the weighted sum divides them by the best BM25 score of the
 * query; cosine similarities are used as they are, which keeps the dense ranking intact when the
 * lexical weight is small. The evaluation on stackfaq chose the defaults (see baton-defaults.conf).
 */
public record HybridFusion(FusionMethod method, double semanticWeight, double lexicalWeight, int rrfK) {
    public HybridFusion {
        requireNonNull(method, "method is null");
        if (semanticWeight < 0 || lexicalWeight < 0 || semanticWeight + lexicalWeight <= 0) {
            throw new IllegalArgumentException("weights must be >= 0 and not both 0");
        }
        if (rrfK < 1) {
            throw new IllegalArgumentException("rrfK must be >= 1: " + rrfK);
        }
    }

    /** A candidate before fusion: the cosine similarity and the BM25 score (0 when the text did not match). */
    public record Candidate<T>(T item, double semanticScore, double lexicalScore) {
        public Candidate {
            requireNonNull(item, "item is null");
        }
    }

    /** A fused result: the candidate and its fused score. */
    public record Fused<T>(Candidate<T> candidate, double score) {}

    /** Orders the candidates best first and keeps at most {@code limit}. */
    public <T> List<Fused<T>> fuse(List<Candidate<T>> candidates, int limit) {
        List<Fused<T>> fused = switch (method) {
            case WEIGHTED -> weighted(candidates);
            case RRF -> reciprocalRank(candidates);
        };
        return fused.stream()
                .sorted(Comparator.comparingDouble((Fused<T> f) -> f.score()).reversed())
                .limit(limit)
                .toList();
    }

    private <T> List<Fused<T>> weighted(List<Candidate<T>> candidates) {
        double bestLexical = candidates.stream().mapToDouble(Candidate::lexicalScore).max().orElse(0);
        List<Fused<T>> out = new ArrayList<>(candidates.size());
        for (Candidate<T> candidate : candidates) {
            double lexical = bestLexical > 0 ? candidate.lexicalScore() / bestLexical : 0;
            out.add(new Fused<>(candidate, semanticWeight * candidate.semanticScore() + lexicalWeight * lexical));
        }
        return out;
    }

    private <T> List<Fused<T>> reciprocalRank(List<Candidate<T>> candidates) {
        Map<Candidate<T>, Double> scores = new IdentityHashMap<>();
        addRanks(candidates, Comparator.comparingDouble(Candidate::semanticScore), semanticWeight, scores, false);
        addRanks(candidates, Comparator.comparingDouble(Candidate::lexicalScore), lexicalWeight, scores, true);
        List<Fused<T>> out = new ArrayList<>(candidates.size());
        for (Candidate<T> candidate : candidates) {
            out.add(new Fused<>(candidate, scores.getOrDefault(candidate, 0.0)));
        }
        return out;
    }

    private <T> void addRanks(
            List<Candidate<T>> candidates,
            Comparator<Candidate<T>> ascending,
            double weight,
            Map<Candidate<T>, Double> scores,
            boolean lexical) {
        List<Candidate<T>> ranked = candidates.stream()
                // A chunk the text query did not match has no lexical rank at all.
                .filter(candidate -> !lexical || candidate.lexicalScore() > 0)
                .sorted(ascending.reversed())
                .toList();
        for (int rank = 0; rank < ranked.size(); rank++) {
            scores.merge(ranked.get(rank), weight / (rrfK + rank + 1), Double::sum);
        }
    }
}
