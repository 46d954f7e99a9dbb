package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.DefaultKnowledgeBase;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.answer.ExtractiveAnswerer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.Chunker;
import dev.baton.knowledge.ingest.DocumentIngester;
import dev.baton.knowledge.ingest.Passages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Baton's retrieval and LangChain4j's stock retrieval ({@link LangChain4jBaseline}) in one
 * process on one BEIR set: the corpus is chunked once by Baton's chunker, every chunk embedded once,
 * and the same vectors go into Baton's Lucene index (the product's hybrid search, as {@code eval}
 * runs it) and into LangChain4j's in-memory store. Every judged query is embedded once, beforehand;
 * both systems then search with that vector, so latency is retrieval alone. Queries alternate which
 * system goes first, so that a noisy neighbour on the machine hurts both alike.
 */
public final class RetrievalComparison {
    private static final Logger LOG = LoggerFactory.getLogger(RetrievalComparison.class);
    private static final int RANKING_DEPTH = 10;
    private static final int WARM_UP_QUERIES = 100;

    private final EmbeddingModel embeddingModel;
    private final KnowledgeConfig config;
    private final ConfidenceEstimator confidenceEstimator;

    public RetrievalComparison(EmbeddingModel embeddingModel, KnowledgeConfig config, ConfidenceEstimator confidenceEstimator) {
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        this.config = requireNonNull(config, "config is null");
        this.confidenceEstimator = requireNonNull(confidenceEstimator, "confidenceEstimator is null");
    }

    /**
     * @param baselineMaxResults chunks LangChain4j's retriever returns (its default is 3; nDCG@10 needs 10)
     * @param rounds passes over the queries whose latencies are pooled (quality is deterministic)
     */
    public ComparisonReport run(Path folder, int baselineMaxResults, int rounds) {
        if (baselineMaxResults < 1 || rounds < 1) {
            throw new IllegalArgumentException("need maxResults >= 1 and rounds >= 1: " + baselineMaxResults + ", " + rounds);
        }
        BeirDataset dataset = BeirDataset.read(folder);
        Chunker chunker = new Chunker(config.chunkMaxCharacters(), config.chunkOverlapCharacters());
        List<Chunk> chunks = new ArrayList<>();
        for (BeirDataset.CorpusDocument document : dataset.corpus()) {
            chunks.addAll(chunker.chunk(RetrievalEvaluation.source(document)));
        }
        List<String> texts = chunks.stream().map(Passages::searchableText).toList();
        List<float[]> vectors = embeddingModel.embedPassages(texts);
        List<IndexedChunk> indexed = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            indexed.add(new IndexedChunk(chunks.get(i), vectors.get(i), "evaluation", "evaluation:" + dataset.name()));
        }

        List<Map.Entry<String, String>> judged = dataset.queries().entrySet().stream()
                .filter(query -> dataset.relevance().containsKey(query.getKey()))
                .toList();
        Map<String, float[]> queryVectors = new HashMap<>();
        List<Double> embeddingLatencies = new ArrayList<>();
        for (Map.Entry<String, String> query : judged) {
            long started = System.nanoTime();
            queryVectors.put(query.getValue(), embeddingModel.embedQuery(query.getValue()));
            embeddingLatencies.add((System.nanoTime() - started) / 1e6);
        }
        EmbeddingModel precomputed = new PrecomputedQueries(embeddingModel, queryVectors);

        try (LuceneVectorIndex index = LuceneVectorIndex.inMemory(config.fusion(), config.retrievalCandidates())) {
            index.upsert(indexed);
            index.commit();
            DefaultKnowledgeBase baton = new DefaultKnowledgeBase(
                    new DocumentIngester(index, precomputed, chunker, config.embeddingBatchSize()),
                    index, precomputed,
                    new ExtractiveAnswerer(precomputed, confidenceEstimator, config.minConfidence(),
                            config.maxQuotedPassages(), config.maxSentencesPerPassage()),
                    config.retrievalTopK());
            // Both systems return the same number of chunks; Baton still fuses its usual candidates.
            int batonDepth = baselineMaxResults;
            LangChain4jBaseline langChain4j = new LangChain4jBaseline(indexed, texts, precomputed, baselineMaxResults);
            LOG.info("Indexed {} documents as {} chunks in both systems", dataset.corpus().size(), chunks.size());

            for (Map.Entry<String, String> query : judged.subList(0, Math.min(judged.size(), WARM_UP_QUERIES))) {
                baton.retrieve(Question.of(query.getValue()), batonDepth);
                langChain4j.retrieve(query.getValue());
            }
            Map<String, List<String>> batonRankings = new HashMap<>();
            Map<String, List<String>> baselineRankings = new HashMap<>();
            List<Double> batonLatencies = new ArrayList<>();
            List<Double> baselineLatencies = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < judged.size(); i++) {
                    Map.Entry<String, String> query = judged.get(i);
                    boolean batonFirst = (i + round) % 2 == 0;
                    if (batonFirst) {
                        timeBaton(baton, batonDepth, query, batonRankings, batonLatencies);
                    }
                    long started = System.nanoTime();
                    List<String> found = langChain4j.retrieve(query.getValue());
                    baselineLatencies.add((System.nanoTime() - started) / 1e6);
                    baselineRankings.putIfAbsent(query.getKey(), distinct(found));
                    if (!batonFirst) {
                        timeBaton(baton, batonDepth, query, batonRankings, batonLatencies);
                    }
                }
            }
            String fusion = switch (config.fusion().method()) {
                case WEIGHTED -> String.format(Locale.ROOT, "%.2f x cosine + %.2f x BM25/max",
                        config.fusion().semanticWeight(), config.fusion().lexicalWeight());
                case RRF -> String.format(Locale.ROOT, "rrf k=%d", config.fusion().rrfK());
            };
            return new ComparisonReport(dataset.name(), dataset.corpus().size(), chunks.size(), judged.size(), rounds,
                    percentile(embeddingLatencies, 50), percentile(embeddingLatencies, 99),
                    side("Baton", "Lucene HNSW + BM25 hybrid (" + fusion + "), " + batonDepth
                            + " chunks fetched, first 10 documents ranked", dataset, batonRankings, batonLatencies),
                    side("LangChain4j", "InMemoryEmbeddingStore + EmbeddingStoreContentRetriever (maxResults "
                            + baselineMaxResults + ", default minScore), exact cosine", dataset, baselineRankings,
                            baselineLatencies));
        }
    }

    private static void timeBaton(DefaultKnowledgeBase baton, int depth, Map.Entry<String, String> query,
            Map<String, List<String>> rankings, List<Double> latencies) {
        long started = System.nanoTime();
        List<ScoredChunk> found = baton.retrieve(Question.of(query.getValue()), depth);
        latencies.add((System.nanoTime() - started) / 1e6);
        rankings.putIfAbsent(query.getKey(), distinct(found.stream().map(scored -> scored.chunk().documentId()).toList()));
    }

    private static ComparisonReport.Side side(String name, String retrieval, BeirDataset dataset,
            Map<String, List<String>> rankings, List<Double> latencies) {
        double recall5 = 0;
        double ndcg = 0;
        double mrr = 0;
        for (Map.Entry<String, List<String>> ranking : rankings.entrySet()) {
            Map<String, Integer> relevant = dataset.relevance().get(ranking.getKey());
            recall5 += RankingMetrics.recall(ranking.getValue(), relevant, 5);
            ndcg += RankingMetrics.ndcg(ranking.getValue(), relevant, 10);
            mrr += RankingMetrics.reciprocalRank(ranking.getValue(), relevant, 10);
        }
        int n = Math.max(1, rankings.size());
        return new ComparisonReport.Side(name, retrieval, recall5 / n, ndcg / n, mrr / n,
                percentile(latencies, 50), percentile(latencies, 99));
    }

    private static double percentile(List<Double> values, double p) {
        return RankingMetrics.percentile(values.stream().sorted().toList(), p);
    }

    /** Distinct documents in the order their first chunk was found, at most ten. */
    private static List<String> distinct(List<String> documentIds) {
        Set<String> documents = new LinkedHashSet<>();
        for (String id : documentIds) {
            if (documents.size() == RANKING_DEPTH) {
                break;
            }
            documents.add(id);
        }
        return List.copyOf(documents);
    }
}
