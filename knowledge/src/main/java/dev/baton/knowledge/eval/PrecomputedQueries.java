package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.embedding.EmbeddingModel;
import java.util.List;
import java.util.Map;

/**
 * An {@link EmbeddingModel} that answers queries from vectors computed beforehand by the real model:
 * what lets a benchmark time retrieval alone, with the same query vector for every system compared.
 * Passages are still embedded by the real model (the extractive answerer scores lines of long
 * sections).
 */
final class PrecomputedQueries implements EmbeddingModel {
    private final EmbeddingModel model;
    private final Map<String, float[]> queries;

    PrecomputedQueries(EmbeddingModel model, Map<String, float[]> queries) {
        this.model = requireNonNull(model, "model is null");
        Map<String, float[]> stripped = new java.util.HashMap<>();
        queries.forEach((query, vector) -> stripped.put(query.strip(), vector));
        this.queries = Map.copyOf(stripped);
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public float[] embedQuery(String query) {
        // Retrieval searches the stripped question; LangChain4j passes it as it came.
        float[] vector = queries.get(query.strip());
        if (vector == null) {
            throw new KnowledgeException(KnowledgeErrorCode.EMBEDDING_FAILED,
                    "the benchmark did not embed this query beforehand: " + query);
        }
        return vector.clone();
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        return model.embedPassages(passages);
    }
}
