package dev.baton.knowledge.categorize;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.embedding.EmbeddingModel;
import java.util.List;

/**
 * Categorizes messages by embedding them with the knowledge base's model and comparing them with
 * the embedded examples of each category (see {@link CategoryModel}). Messages and examples are
 * embedded the same way (as passages, without bge's query instruction): both are short messages.
 */
public final class EmbeddingCategorizer implements Categorizer {
    private final EmbeddingModel embeddingModel;
    private final CategoryModel model;

    public EmbeddingCategorizer(EmbeddingModel embeddingModel, CategoryModel model) {
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        this.model = requireNonNull(model, "model is null");
    }

    /** Embeds the examples (in batches) and fits a model on them, without out-of-scope examples. */
    public static EmbeddingCategorizer train(
            EmbeddingModel embeddingModel,
            List<LabelledText> examples,
            CategorizationMethod method,
            int neighbours,
            double targetFalseAbstention) {
        return train(embeddingModel, examples, List.of(), method, neighbours, targetFalseAbstention);
    }

    /**
     * Embeds the examples and the out-of-scope examples (messages that fit no category; may be
     * empty) in batches and fits a model on them.
     */
    public static EmbeddingCategorizer train(
            EmbeddingModel embeddingModel,
            List<LabelledText> examples,
            List<String> outOfScopeExamples,
            CategorizationMethod method,
            int neighbours,
            double targetFalseAbstention) {
        requireNonNull(embeddingModel, "embeddingModel is null");
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("a categorizer needs examples");
        }
        List<float[]> vectors = embeddingModel.embedPassages(examples.stream().map(LabelledText::text).toList());
        List<String> labels = examples.stream().map(LabelledText::label).toList();
        List<float[]> outOfScope = outOfScopeExamples.isEmpty() ? List.of() : embeddingModel.embedPassages(outOfScopeExamples);
        return new EmbeddingCategorizer(embeddingModel,
                CategoryModel.fit(vectors, labels, outOfScope, method, neighbours, targetFalseAbstention));
    }

    @Override
    public Categorization categorize(String text) {
        requireNonNull(text, "text is null");
        return model.classify(embeddingModel.embedPassages(List.of(text)).getFirst());
    }

    @Override
    public List<Categorization> categorizeAll(List<String> texts) {
        return embeddingModel.embedPassages(texts).stream().map(model::classify).toList();
    }

    @Override
    public double threshold() {
        return model.threshold();
    }

    public List<String> categories() {
        return model.categories();
    }
}
