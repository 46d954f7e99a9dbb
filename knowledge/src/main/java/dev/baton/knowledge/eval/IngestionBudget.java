package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.DefaultKnowledgeBase;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.answer.ExtractiveAnswerer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.ingest.Chunker;
import dev.baton.knowledge.ingest.DocumentIngester;
import dev.baton.knowledge.ingest.IngestListener;
import dev.baton.knowledge.ingest.IngestReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.ingest.Passages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The budget benchmark: a knowledge base of a given size ({@link SyntheticCorpus}) is ingested from
 * Markdown files through {@link DocumentIngester} into a Lucene index on disk, as {@code baton
 * ingest} does; the embedding model's own throughput is measured on the same passages in the same
 * run, before and after ingestion (their mean is the reference: on a shared machine the load drifts,
 * and both figures are printed); then a bounded set of the data set's questions is answered one turn at a time (hybrid
 * retrieval and the extractive answer, no LLM); last, the resident memory is read from
 * {@code /proc/self/status}.
 */
public final class IngestionBudget {
    private static final Logger LOG = LoggerFactory.getLogger(IngestionBudget.class);
    private static final int MODEL_SAMPLE = 2000;
    private static final int WARM_UP_TURNS = 20;
    private static final int SCALE_QUERIES = 200;
    private static final int SCALE_RESULTS = 10;

    private final EmbeddingModel embeddingModel;
    private final KnowledgeConfig config;
    private final ConfidenceEstimator confidenceEstimator;

    public IngestionBudget(EmbeddingModel embeddingModel, KnowledgeConfig config, ConfidenceEstimator confidenceEstimator) {
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        this.config = requireNonNull(config, "config is null");
        this.confidenceEstimator = requireNonNull(confidenceEstimator, "confidenceEstimator is null");
    }

    /**
     * @param folder a BEIR data set: its corpus is what is repeated, its queries are the questions
     * @param targetChunks chunks to index
     * @param turns questions answered (the data set's queries in file order, repeated if too few)
     * @param work an empty folder for the Markdown files and the index
     * @param compareAtScale also time retrieval beside LangChain4j's in-memory store at this size
     *     (after the memory reading)
     */
    public BudgetReport run(Path folder, int targetChunks, int turns, Path work, boolean compareAtScale) {
        if (targetChunks < 1 || turns < 1) {
            throw new IllegalArgumentException("need at least one chunk and one turn: " + targetChunks + ", " + turns);
        }
        BeirDataset dataset = BeirDataset.read(folder);
        Chunker chunker = new Chunker(config.chunkMaxCharacters(), config.chunkOverlapCharacters());
        Path documents = work.resolve("documents");
        SyntheticCorpus.Written written = SyntheticCorpus.write(dataset, chunker, targetChunks,
                Math.min(MODEL_SAMPLE, targetChunks), documents);
        LOG.info("Wrote {} documents ({} copies of {}) for about {} chunks", written.documents(), written.copies(),
                dataset.name(), written.chunks());

        double modelBefore = modelThroughput(written.sample());
        try (LuceneVectorIndex index = LuceneVectorIndex.open(work.resolve("index"), config.fusion(),
                config.retrievalCandidates())) {
            DocumentIngester ingester = new DocumentIngester(index, embeddingModel, chunker, config.embeddingBatchSize());
            long started = System.nanoTime();
            IngestReport ingested = ingester.ingest(List.of(documents), IngestListener.NONE);
            double ingestSeconds = (System.nanoTime() - started) / 1e9;
            double modelAfter = modelThroughput(written.sample());
            double model = (modelBefore + modelAfter) / 2;
            double ingestRate = ingested.chunksWritten() / ingestSeconds;
            LOG.info("Ingested {} chunks in {} s; model alone {} / {} texts/s before / after", ingested.chunksWritten(),
                    String.format(Locale.ROOT, "%.1f", ingestSeconds), String.format(Locale.ROOT, "%.1f", modelBefore),
                    String.format(Locale.ROOT, "%.1f", modelAfter));

            ExtractiveAnswerer answerer = new ExtractiveAnswerer(embeddingModel, confidenceEstimator,
                    config.minConfidence(), config.maxQuotedPassages(), config.maxSentencesPerPassage());
            DefaultKnowledgeBase knowledgeBase = new DefaultKnowledgeBase(ingester, index, embeddingModel, answerer,
                    config.retrievalTopK());
            List<String> questions = new ArrayList<>(dataset.queries().values());
            if (questions.isEmpty()) {
                questions.add("How do I reset my password?");
            }
            for (int i = 0; i < Math.min(WARM_UP_TURNS, questions.size()); i++) {
                knowledgeBase.answer(Question.of(questions.get(i)));
            }
            List<Double> latencies = new ArrayList<>(turns);
            int abstained = 0;
            for (int i = 0; i < turns; i++) {
                // After the warm-up questions: a question asked again would find its vector remembered.
                Question question = Question.of(questions.get((WARM_UP_TURNS + i) % questions.size()));
                long turnStarted = System.nanoTime();
                Answer answer = knowledgeBase.answer(question);
                latencies.add((System.nanoTime() - turnStarted) / 1e6);
                abstained += answer.abstained() ? 1 : 0;
            }
            latencies.sort(null);
            Optional<Double> resident = statusMegabytes("VmRSS:");
            Optional<Double> peak = statusMegabytes("VmHWM:");
            // After the memory reading: LangChain4j's store holds every vector and text on the heap.
            double[] side = compareAtScale ? retrievalBesideLangChain4j(index, questions) : new double[] {-1, -1, -1, -1};
            return new BudgetReport(
                    written.copies() + " edited copies of " + dataset.name() + " (" + dataset.corpus().size()
                            + " documents; copy v: title + \" (edition v)\", sentences rotated by v)",
                    targetChunks,
                    written.documents(),
                    ingested.chunksWritten(),
                    ingested.failures().size(),
                    ingestSeconds,
                    ingestRate,
                    written.sample().size(),
                    modelBefore,
                    modelAfter,
                    model,
                    model == 0 ? 0 : ingestRate / model,
                    turns,
                    abstained,
                    RankingMetrics.percentile(latencies, 50),
                    RankingMetrics.percentile(latencies, 95),
                    RankingMetrics.percentile(latencies, 99),
                    resident.orElse(-1.0),
                    peak.orElse(-1.0),
                    Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0,
                    ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    side[0], side[1], side[2], side[3]);
        }
    }

    /**
     * Retrieval latency at this size, Baton beside LangChain4j's in-memory store holding the same
     * chunks and vectors (read back from the index), both searching with vectors embedded
     * beforehand: Baton p50, p99, then LangChain4j p50, p99.
     */
    private double[] retrievalBesideLangChain4j(LuceneVectorIndex index, List<String> questions) {
        List<IndexedChunk> chunks = new ArrayList<>();
        for (String document : index.documents().keySet()) {
            chunks.addAll(index.chunksOf(document));
        }
        List<String> texts = chunks.stream().map(chunk -> Passages.searchableText(chunk.chunk())).toList();
        List<String> asked = questions.subList(0, Math.min(questions.size(), SCALE_QUERIES));
        Map<String, float[]> vectors = new HashMap<>();
        for (String question : asked) {
            vectors.put(question, embeddingModel.embedQuery(question));
        }
        EmbeddingModel precomputed = new PrecomputedQueries(embeddingModel, vectors);
        Chunker chunker = new Chunker(config.chunkMaxCharacters(), config.chunkOverlapCharacters());
        DefaultKnowledgeBase baton = new DefaultKnowledgeBase(
                new DocumentIngester(index, precomputed, chunker, config.embeddingBatchSize()), index, precomputed,
                new ExtractiveAnswerer(precomputed, confidenceEstimator, config.minConfidence(),
                        config.maxQuotedPassages(), config.maxSentencesPerPassage()),
                config.retrievalTopK());
        LangChain4jBaseline langChain4j = new LangChain4jBaseline(chunks, texts, precomputed, SCALE_RESULTS);
        LOG.info("LangChain4j's store holds the {} chunks read back from the index", chunks.size());
        for (String question : asked.subList(0, Math.min(asked.size(), WARM_UP_TURNS))) {
            baton.retrieve(Question.of(question), SCALE_RESULTS);
            langChain4j.retrieve(question);
        }
        List<Double> batonLatencies = new ArrayList<>();
        List<Double> baselineLatencies = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String question = asked.get(i);
            for (int turn = 0; turn < 2; turn++) {
                long started = System.nanoTime();
                if ((i + turn) % 2 == 0) {
                    baton.retrieve(Question.of(question), SCALE_RESULTS);
                    batonLatencies.add((System.nanoTime() - started) / 1e6);
                } else {
                    langChain4j.retrieve(question);
                    baselineLatencies.add((System.nanoTime() - started) / 1e6);
                }
            }
        }
        batonLatencies.sort(null);
        baselineLatencies.sort(null);
        return new double[] {
            RankingMetrics.percentile(batonLatencies, 50), RankingMetrics.percentile(batonLatencies, 99),
            RankingMetrics.percentile(baselineLatencies, 50), RankingMetrics.percentile(baselineLatencies, 99)
        };
    }

    /** Passages a second, embedded as ingestion embeds them (the configured batch size). */
    private double modelThroughput(List<String> sample) {
        long started = System.nanoTime();
        embeddingModel.embedPassages(sample);
        return sample.size() / ((System.nanoTime() - started) / 1e9);
    }

    /** A "VmRSS:"-style line of /proc/self/status in megabytes; empty where there is no /proc (not Linux). */
    static Optional<Double> statusMegabytes(String key) {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(key)) {
                    String[] parts = line.substring(key.length()).strip().split("\\s+");
                    return Optional.of(Long.parseLong(parts[0]) / 1024.0);
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.debug("Cannot read {} from {}: {}", key, status, e.getMessage());
            return Optional.empty();
        }
    }
}
