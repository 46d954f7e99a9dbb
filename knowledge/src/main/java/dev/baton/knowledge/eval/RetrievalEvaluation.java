package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.DefaultKnowledgeBase;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.answer.ExtractiveAnswerer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.ingest.ChunkKind;
import dev.baton.knowledge.ingest.ChunkWriter;
import dev.baton.knowledge.ingest.Chunker;
import dev.baton.knowledge.ingest.DocumentIngester;
import dev.baton.knowledge.ingest.Section;
import dev.baton.knowledge.ingest.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures retrieval and abstention on a BEIR data set through the real pipeline: the corpus is
 * chunked, embedded and indexed in an in-memory Lucene index with the configured settings, and
 * every query is retrieved and answered by the extractive answerer. Nothing here knows a data set.
 */
public final class RetrievalEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(RetrievalEvaluation.class);
    /** Chunks fetched per query for the document ranking: enough for ten distinct documents. */
    private static final int RANKING_DEPTH = 10;

    private final EmbeddingModel embeddingModel;
    private final KnowledgeConfig config;
    private final ConfidenceEstimator confidenceEstimator;

    public RetrievalEvaluation(EmbeddingModel embeddingModel, KnowledgeConfig config, ConfidenceEstimator confidenceEstimator) {
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        this.config = requireNonNull(config, "config is null");
        this.confidenceEstimator = requireNonNull(confidenceEstimator, "confidenceEstimator is null");
    }

    public RetrievalReport run(Path folder) {
        BeirDataset dataset = BeirDataset.read(folder);
        return report(dataset, outcomes(dataset));
    }

    /** Indexes the corpus and runs every judged or unanswerable query. */
    public Outcomes outcomes(BeirDataset dataset) {
        try (LuceneVectorIndex index = LuceneVectorIndex.inMemory(config.fusion(), config.retrievalCandidates())) {
            Chunker chunker = new Chunker(config.chunkMaxCharacters(), config.chunkOverlapCharacters());
            ChunkWriter writer = new ChunkWriter(index, embeddingModel, config.embeddingBatchSize());
            for (BeirDataset.CorpusDocument document : dataset.corpus()) {
                writer.add(chunker.chunk(source(document)), "evaluation", "evaluation:" + dataset.name());
            }
            writer.flush();
            index.commit();
            LOG.info("Indexed {} documents as {} chunks", dataset.corpus().size(), index.size());

            ExtractiveAnswerer answerer = new ExtractiveAnswerer(embeddingModel, confidenceEstimator,
                    config.minConfidence(), config.maxQuotedPassages(), config.maxSentencesPerPassage());
            DefaultKnowledgeBase knowledgeBase = new DefaultKnowledgeBase(
                    new DocumentIngester(index, embeddingModel, chunker, config.embeddingBatchSize()),
                    index, embeddingModel, answerer, config.retrievalTopK());
            int depth = Math.max(config.retrievalCandidates(), config.retrievalTopK());
            List<QueryOutcome> outcomes = new ArrayList<>();
            for (Map.Entry<String, String> query : dataset.queries().entrySet()) {
                boolean answerable = dataset.relevance().containsKey(query.getKey());
                if (!answerable && !dataset.unanswerable().contains(query.getKey())) {
                    continue;
                }
                Question question = Question.of(query.getValue());
                long started = System.nanoTime();
                List<ScoredChunk> passages = knowledgeBase.retrieve(question, depth);
                double latencyMs = (System.nanoTime() - started) / 1e6;
                List<ScoredChunk> top = passages.subList(0, Math.min(passages.size(), config.retrievalTopK()));
                Answer answer = answerer.answer(question, top);
                outcomes.add(new QueryOutcome(query.getKey(), answerable, documents(passages),
                        ConfidenceEstimator.evidence(query.getValue(), top), answer.confidence(), answer.abstained(),
                        latencyMs));
            }
            return new Outcomes(dataset.corpus().size(), index.size(), outcomes);
        }
    }

    /** The outcomes of one run with the size of what was indexed. */
    public record Outcomes(int documents, long chunks, List<QueryOutcome> queries) {
        public Outcomes {
            queries = List.copyOf(queries);
        }
    }

    public RetrievalReport report(BeirDataset dataset, Outcomes outcomes) {
        List<QueryOutcome> answerable = outcomes.queries().stream().filter(QueryOutcome::answerable).toList();
        List<QueryOutcome> unanswerable = outcomes.queries().stream().filter(o -> !o.answerable()).toList();
        double[] sums = new double[8];
        for (QueryOutcome outcome : answerable) {
            Map<String, Integer> relevant = dataset.relevance().get(outcome.queryId());
            List<String> ranking = outcome.ranking();
            sums[0] += RankingMetrics.recall(ranking, relevant, 1);
            sums[1] += RankingMetrics.recall(ranking, relevant, 5);
            sums[2] += RankingMetrics.recall(ranking, relevant, 10);
            sums[3] += RankingMetrics.hit(ranking, relevant, 1);
            sums[4] += RankingMetrics.hit(ranking, relevant, 5);
            sums[5] += RankingMetrics.hit(ranking, relevant, 10);
            sums[6] += RankingMetrics.ndcg(ranking, relevant, 10);
            sums[7] += RankingMetrics.reciprocalRank(ranking, relevant, 10);
        }
        int n = Math.max(1, answerable.size());
        Thresholds.Choice best = Thresholds.best(outcomes.queries());
        List<Double> latencies = outcomes.queries().stream().map(QueryOutcome::latencyMs).sorted().toList();
        HybridFusion fusion = config.fusion();
        String retrieval = switch (fusion.method()) {
            case WEIGHTED -> String.format(Locale.ROOT, "weighted: %.2f x cosine + %.2f x BM25/max",
                    fusion.semanticWeight(), fusion.lexicalWeight());
            case RRF -> String.format(Locale.ROOT, "rrf k=%d, weights %.2f / %.2f",
                    fusion.rrfK(), fusion.semanticWeight(), fusion.lexicalWeight());
        };
        return new RetrievalReport(
                dataset.name(),
                retrieval,
                outcomes.documents(),
                outcomes.chunks(),
                answerable.size(),
                unanswerable.size(),
                sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n, sums[5] / n, sums[6] / n, sums[7] / n,
                config.minConfidence(),
                share(unanswerable, QueryOutcome::abstained),
                share(answerable, QueryOutcome::abstained),
                best.threshold(),
                best.abstentionRecall(),
                best.falseAbstentionRate(),
                RankingMetrics.percentile(latencies, 50),
                RankingMetrics.percentile(latencies, 95),
                RankingMetrics.percentile(latencies, 99));
    }

    private static double share(List<QueryOutcome> outcomes, Predicate<QueryOutcome> test) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(test).count() / outcomes.size();
    }

    /** Distinct documents in the order their first chunk was found, at most ten. */
    private static List<String> documents(List<ScoredChunk> passages) {
        Set<String> documents = new LinkedHashSet<>();
        for (ScoredChunk passage : passages) {
            if (documents.size() == RANKING_DEPTH) {
                break;
            }
            documents.add(passage.chunk().documentId());
        }
        return List.copyOf(documents);
    }

    static SourceDocument source(BeirDataset.CorpusDocument document) {
        String title = document.title().isBlank() ? document.id() : document.title();
        return new SourceDocument(document.id(), title, document.id(), Optional.empty(), Set.of(), ChunkKind.DOCUMENT,
                List.of(new Section(List.of(), List.of(document.text()))));
    }
}
