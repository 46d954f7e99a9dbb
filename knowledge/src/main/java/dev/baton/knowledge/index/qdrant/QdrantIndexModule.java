package dev.baton.knowledge.index.qdrant;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.index.VectorIndex;

/**
 * The Qdrant index, for several Baton replicas sharing one knowledge base.
 *
 * <p>Binds: {@link QdrantConfig} (the instance given) and {@link VectorIndex} to a {@link
 * QdrantVectorIndex}, connected when first provided: the collection is created when missing and
 * checked against the settings otherwise. The index holds a gRPC channel: whoever owns the
 * lifecycle closes it at shutdown.
 *
 * <p>Needs: {@link KnowledgeConfig} and {@link EmbeddingModel} (bound by {@link
 * dev.baton.knowledge.KnowledgeModule}); the model's dimensions size the dense vector.
 *
 * <p>Reads: {@code qdrant.*} through {@link QdrantConfig#from}, {@code knowledge.retrieval.*}.
 */
public final class QdrantIndexModule extends AbstractModule {
    private final QdrantConfig config;

    public QdrantIndexModule(QdrantConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(QdrantConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    VectorIndex vectorIndex(QdrantConfig qdrant, KnowledgeConfig knowledge, EmbeddingModel embeddingModel) {
        return QdrantVectorIndex.open(qdrant, embeddingModel.dimensions(), knowledge.fusion(), knowledge.retrievalCandidates());
    }
}
