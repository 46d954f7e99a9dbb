package dev.baton.knowledge.index.lucene;

import dev.baton.knowledge.embedding.Vectors;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * One hybrid search on one searcher: the nearest chunks by vector and the best by BM25, both within
 * the filter; then every candidate gets both scores exactly (the BM25 score of the semantic ones,
 * the cosine of the lexical ones) before {@link HybridFusion} ranks them.
 */
final class HybridSearch {
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final HybridFusion fusion;
    private final int candidates;

    HybridSearch(IndexSearcher searcher, Analyzer analyzer, HybridFusion fusion, int candidates) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.fusion = fusion;
        this.candidates = candidates;
    }

    private static final class Scores {
        double semantic = Double.NaN;
        double lexical;
    }

    List<ScoredChunk> run(SearchRequest request) throws IOException {
        Query filter = LuceneQueries.filter(request.filter());
        int k = Math.max(candidates, request.limit());
        float[] vector = Vectors.normalised(request.vector());
        Map<Integer, Scores> scores = new LinkedHashMap<>();

        for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(ChunkDocuments.VECTOR, vector, k, filter), k).scoreDocs) {
            // Lucene scales a dot product to (1 + dot) / 2; undo it to report the cosine.
            scores.computeIfAbsent(hit.doc, doc -> new Scores()).semantic = 2.0 * hit.score - 1.0;
        }
        Optional<Query> text = LuceneQueries.text(analyzer, request.text());
        if (text.isPresent()) {
            for (ScoreDoc hit : searcher.search(LuceneQueries.filtered(text.get(), filter), k).scoreDocs) {
                scores.computeIfAbsent(hit.doc, doc -> new Scores()).lexical = hit.score;
            }
            lexicalScoresOfSemanticHits(text.get(), scores);
        }
        semanticScoresOfLexicalHits(vector, scores);

        List<HybridFusion.Candidate<Integer>> fusionInput = new ArrayList<>(scores.size());
        scores.forEach((doc, s) -> fusionInput.add(new HybridFusion.Candidate<>(doc, s.semantic, s.lexical)));
        List<ScoredChunk> out = new ArrayList<>();
        // One StoredFields for the whole search: it keeps the block it last decompressed.
        StoredFields stored = searcher.storedFields();
        for (HybridFusion.Fused<Integer> fused : fusion.fuse(fusionInput, request.limit())) {
            HybridFusion.Candidate<Integer> candidate = fused.candidate();
            out.add(new ScoredChunk(
                    ChunkDocuments.toChunk(stored.document(candidate.item())),
                    fused.score(),
                    candidate.semanticScore(),
                    candidate.lexicalScore()));
        }
        return out;
    }

    /**
     * A chunk that is near in meaning may still share words with the question: score them, only
     * among these chunks, by advancing the text query's scorer to each (no stored field is read).
     */
    private void lexicalScoresOfSemanticHits(Query text, Map<Integer, Scores> scores) throws IOException {
        int[] docs = scores.entrySet().stream()
                .filter(entry -> entry.getValue().lexical == 0)
                .mapToInt(Map.Entry::getKey)
                .sorted()
                .toArray();
        if (docs.length == 0) {
            return;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            Scorer scorer = weight.scorer(leaf);
            DocIdSetIterator iterator = scorer == null ? null : scorer.iterator();
            for (; i < docs.length && docs[i] < end; i++) {
                if (iterator == null) {
                    continue;
                }
                int target = docs[i] - leaf.docBase;
                int current = iterator.docID() < target ? iterator.advance(target) : iterator.docID();
                if (current == target) {
                    scores.get(docs[i]).lexical = scorer.score();
                }
            }
        }
    }

    /** The exact cosine of chunks that only the text query found, read from their stored vectors. */
    private void semanticScoresOfLexicalHits(float[] vector, Map<Integer, Scores> scores) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (Map.Entry<Integer, Scores> entry : scores.entrySet()) {
            if (!Double.isNaN(entry.getValue().semantic)) {
                continue;
            }
            int doc = entry.getKey();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(ChunkDocuments.VECTOR);
            double cosine = -1;
            if (values != null) {
                KnnVectorValues.DocIndexIterator iterator = values.iterator();
                int target = doc - leaf.docBase;
                if (iterator.advance(target) == target) {
                    cosine = Vectors.dot(vector, values.vectorValue(iterator.index()));
                }
            }
            entry.getValue().semantic = cosine;
        }
    }
}
