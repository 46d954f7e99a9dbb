package dev.baton.knowledge;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import dev.baton.knowledge.answer.Answerer;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.answer.ExtractiveAnswerer;
import dev.baton.knowledge.embedding.BgeSmallEmbeddingModel;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.embedding.QueryEmbeddingCache;
import dev.baton.knowledge.eval.RetrievalEvaluation;
import dev.baton.knowledge.index.VectorIndex;
import dev.baton.knowledge.ingest.Chunker;
import dev.baton.knowledge.ingest.DocumentIngester;

/**
 * The knowledge module's pieces.
 *
 * <p>Binds: {@link KnowledgeConfig} (the instance given), {@link EmbeddingModel} (bge-small, loaded
 * once, with the last queries' vectors remembered), {@link Chunker}, {@link DocumentIngester}, {@link ConfidenceEstimator}, the extractive
 * {@link Answerer} under {@code @Named("extractive")}, {@link KnowledgeBase}, and {@link
 * RetrievalEvaluation} (what the {@code eval} command runs).
 *
 * <p>Needs: a {@link VectorIndex} (install {@link dev.baton.knowledge.index.lucene.LuceneIndexModule}
 * or another index module) and an unannotated {@link Answerer}, which the composition root binds to
 * the extractive one or to an LLM answerer; this module deliberately does not choose.
 *
 * <p>Reads: {@code knowledge.*} and {@code data-dir} through {@link KnowledgeConfig#from}.
 */
public final class KnowledgeModule extends AbstractModule {
    /** The name of the extractive answerer's binding. */
    public static final String EXTRACTIVE = "extractive";
    /** Queries whose vectors are remembered: a turn asks twice for the same one, concurrent turns for a few. */
    private static final int QUERY_CACHE_SIZE = 256;

    private final KnowledgeConfig config;

    public KnowledgeModule(KnowledgeConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(KnowledgeConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    EmbeddingModel embeddingModel(KnowledgeConfig config) {
        return new QueryEmbeddingCache(BgeSmallEmbeddingModel.load(config.embeddingBatchSize()), QUERY_CACHE_SIZE);
    }

    @Provides
    @Singleton
    Chunker chunker(KnowledgeConfig config) {
        return new Chunker(config.chunkMaxCharacters(), config.chunkOverlapCharacters());
    }

    @Provides
    @Singleton
    DocumentIngester ingester(VectorIndex index, EmbeddingModel embeddingModel, Chunker chunker, KnowledgeConfig config) {
        return new DocumentIngester(index, embeddingModel, chunker, config.embeddingBatchSize());
    }

    @Provides
    @Singleton
    ConfidenceEstimator confidenceEstimator() {
        return new ConfidenceEstimator(ConfidenceEstimator.FITTED);
    }

    @Provides
    @Singleton
    @Named(EXTRACTIVE)
    Answerer extractiveAnswerer(
            EmbeddingModel embeddingModel, ConfidenceEstimator confidenceEstimator, KnowledgeConfig config) {
        return new ExtractiveAnswerer(
                embeddingModel,
                confidenceEstimator,
                config.minConfidence(),
                config.maxQuotedPassages(),
                config.maxSentencesPerPassage());
    }

    @Provides
    @Singleton
    RetrievalEvaluation retrievalEvaluation(
            EmbeddingModel embeddingModel, ConfidenceEstimator confidenceEstimator, KnowledgeConfig config) {
        return new RetrievalEvaluation(embeddingModel, config, confidenceEstimator);
    }

    @Provides
    @Singleton
    KnowledgeBase knowledgeBase(
            DocumentIngester ingester,
            VectorIndex index,
            EmbeddingModel embeddingModel,
            Answerer answerer,
            KnowledgeConfig config) {
        return new DefaultKnowledgeBase(ingester, index, embeddingModel, answerer, config.retrievalTopK());
    }
}
