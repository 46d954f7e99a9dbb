package dev.baton.knowledge.categorize;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.eval.CategorizationEvaluation;

/**
 * Categorization of conversations.
 *
 * <p>Binds: {@link CategorizationConfig} (the instance given), {@link Categorizer} (an {@link
 * EmbeddingCategorizer} trained on the configured categories when the injector is created: the
 * examples are embedded, the model fitted and its threshold calibrated, which takes well under a
 * second for the default set) and {@link CategorizationEvaluation} (what {@code eval} runs on a
 * categorization set).
 *
 * <p>Needs: an {@link EmbeddingModel} (from {@link dev.baton.knowledge.KnowledgeModule}).
 *
 * <p>Reads: {@code categorization.*} through {@link CategorizationConfig#from}.
 */
public final class CategorizationModule extends AbstractModule {
    private final CategorizationConfig config;

    public CategorizationModule(CategorizationConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(CategorizationConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    Categorizer categorizer(EmbeddingModel embeddingModel, CategorizationConfig config) {
        return EmbeddingCategorizer.train(
                embeddingModel,
                config.examples(),
                config.outOfScopeExamples(),
                config.method(), config.neighbours(), config.targetFalseAbstention());
    }

    @Provides
    @Singleton
    CategorizationEvaluation categorizationEvaluation(EmbeddingModel embeddingModel, CategorizationConfig config) {
        return new CategorizationEvaluation(embeddingModel, config);
    }
}
