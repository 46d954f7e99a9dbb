package dev.baton.bot.assistant;

import static java.util.Objects.requireNonNull;

import dev.baton.handoff.policy.PhraseEmbedder;
import dev.baton.knowledge.embedding.EmbeddingModel;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The escalation policy's phrase embeddings from the knowledge module's model, as passages (no
 * retrieval instruction prefix: phrases are compared with phrases, not with documents).
 */
public final class KnowledgePhraseEmbedder implements PhraseEmbedder {
    private final EmbeddingModel model;

    @Inject
    public KnowledgePhraseEmbedder(EmbeddingModel model) {
        this.model = requireNonNull(model, "model is null");
    }

    @Override
    public float[] embed(String text) {
        return model.embedPassages(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedPassages(texts);
    }
}
