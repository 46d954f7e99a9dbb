package dev.baton.knowledge.index.qdrant;

import static io.qdrant.client.QueryFactory.nearest;
import static io.qdrant.client.QueryFactory.rrf;
import static io.qdrant.client.WithPayloadSelectorFactory.enable;
import static io.qdrant.client.WithVectorsSelectorFactory.include;

import dev.baton.knowledge.embedding.Vectors;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchRequest;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.PrefetchQuery;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.Rrf;
import io.qdrant.client.grpc.Points.ScoredPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * One hybrid search as a single Query API request: two prefetches within the visibility filter (the
 * nearest chunks by the dense vector, the best by the sparse word vector, each {@code candidates}
 * deep) fused on the server by reciprocal rank fusion. The fused points come back with both vectors,
 * so each result also gets the cosine similarity and a lexical score (the sparse dot product, BM25's
 * term-frequency part without IDF), which confidence estimation uses as with Lucene.
 *
 * <p>With {@code knowledge.retrieval.fusion = rrf} Qdrant's order and score are final. With {@code
 * weighted} (the default) the fused candidates are ranked again by {@link HybridFusion}, so the
 * setting means the same for both indexes; the server-side fusion then chooses the candidates.
 */
final class QdrantHybridSearch {
    private final String collection;
    private final TextSparseVectors words;
    private final HybridFusion fusion;
    private final int candidates;

    QdrantHybridSearch(String collection, TextSparseVectors words, HybridFusion fusion, int candidates) {
        this.collection = collection;
        this.words = words;
        this.fusion = fusion;
        this.candidates = candidates;
    }

    /** The request Baton sends for a search. */
    QueryPoints request(SearchRequest request, float[] vector, TextSparseVectors.Sparse query) {
        Filter filter = ChunkPoints.visibility(request.filter());
        int depth = Math.max(candidates, request.limit());
        QueryPoints.Builder points = QueryPoints.newBuilder()
                .setCollectionName(collection)
                .addPrefetch(PrefetchQuery.newBuilder()
                        .setUsing(ChunkPoints.DENSE)
                        .setQuery(nearest(vector))
                        .setFilter(filter)
                        .setLimit(depth));
        if (!query.isEmpty()) {
            points.addPrefetch(PrefetchQuery.newBuilder()
                    .setUsing(ChunkPoints.TEXT)
                    .setQuery(nearest(ChunkPoints.floatList(query.values()), ChunkPoints.intList(query.indices())))
                    .setFilter(filter)
                    .setLimit(depth));
        }
        // Qdrant scores 1 / (k + rank) with ranks from 0, HybridFusion 1 / (k + rank) from 1: shift k by one.
        Rrf.Builder rrf = Rrf.newBuilder().setK(fusion.rrfK() + 1);
        if (fusion.semanticWeight() != fusion.lexicalWeight()) {
            // Weighted RRF, one weight per prefetch in order (recent Qdrant versions; equal weights are plain RRF).
            rrf.addWeights((float) fusion.semanticWeight());
            if (!query.isEmpty()) {
                rrf.addWeights((float) fusion.lexicalWeight());
            }
        }
        return points
                .setQuery(rrf(rrf.build()))
                .setFilter(filter)
                // Both prefetches may return different chunks: keep the whole union for re-ranking.
                .setLimit(fusion.method() == FusionMethod.RRF ? request.limit() : 2L * depth)
                .setWithPayload(enable(true))
                .setWithVectors(include(List.of(ChunkPoints.DENSE, ChunkPoints.TEXT)))
                .build();
    }

    /** Turns the fused points into results, best first, at most {@code request.limit()}. */
    List<ScoredChunk> results(SearchRequest request, float[] vector, TextSparseVectors.Sparse query, List<ScoredPoint> points) {
        List<HybridFusion.Candidate<ScoredPoint>> scored = new ArrayList<>(points.size());
        for (ScoredPoint point : points) {
            double semantic = ChunkPoints.dense(point.getVectors())
                    .map(dense -> Vectors.dot(vector, Vectors.normalised(dense)))
                    .orElse(-1.0);
            double lexical = query.isEmpty() ? 0 : ChunkPoints.sparse(point.getVectors()).dot(query);
            scored.add(new HybridFusion.Candidate<>(point, semantic, lexical));
        }
        List<ScoredChunk> out = new ArrayList<>();
        if (fusion.method() == FusionMethod.RRF) {
            for (HybridFusion.Candidate<ScoredPoint> candidate : scored.subList(0, Math.min(scored.size(), request.limit()))) {
                out.add(toResult(candidate, candidate.item().getScore()));
            }
        } else {
            for (HybridFusion.Fused<ScoredPoint> fused : fusion.fuse(scored, request.limit())) {
                out.add(toResult(fused.candidate(), fused.score()));
            }
        }
        return out;
    }

    TextSparseVectors.Sparse queryWords(SearchRequest request) {
        return words.query(request.text());
    }

    private static ScoredChunk toResult(HybridFusion.Candidate<ScoredPoint> candidate, double score) {
        return new ScoredChunk(ChunkPoints.toChunk(candidate.item().getPayloadMap()), score,
                candidate.semanticScore(), candidate.lexicalScore());
    }
}
