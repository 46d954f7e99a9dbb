package dev.baton.knowledge.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers vectors so that evaluation sweeps embed each text once, whatever settings they try. */
public final class CachingEmbeddingModel implements EmbeddingModel {
    private final EmbeddingModel delegate;
    private final Map<String, float[]> queries = new ConcurrentHashMap<>();
    private final Map<String, float[]> passages = new ConcurrentHashMap<>();

    public CachingEmbeddingModel(EmbeddingModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public int dimensions() {
        return delegate.dimensions();
    }

    @Override
    public float[] embedQuery(String query) {
        return queries.computeIfAbsent(query, delegate::embedQuery).clone();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        List<String> missing = texts.stream().filter(text -> !passages.containsKey(text)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = delegate.embedPassages(missing);
            for (int i = 0; i < missing.size(); i++) {
                passages.put(missing.get(i), vectors.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(text -> out.add(passages.get(text).clone()));
        return out;
    }
}
