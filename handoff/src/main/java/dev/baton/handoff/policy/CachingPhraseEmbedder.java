package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the vectors of recent texts, so that the four phrase detectors and the repeated-question
 * check embed each sentence of a turn once, not five times. Bounded; a lost entry is only recomputed.
 */
public final class CachingPhraseEmbedder implements PhraseEmbedder {
    private final PhraseEmbedder delegate;
    private final Map<String, float[]> recent;

    public CachingPhraseEmbedder(PhraseEmbedder delegate, int capacity) {
        this.delegate = requireNonNull(delegate, "delegate is null");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[] embed(String text) {
        requireNonNull(text, "text is null");
        synchronized (recent) {
            float[] known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        // Embedded outside the lock: two threads may embed the same text once each, which is harmless.
        float[] vector = delegate.embed(text);
        synchronized (recent) {
            recent.put(text, vector);
        }
        return vector;
    }

    /** Batches go straight to the model: they are the exemplars, embedded once, and would only evict turns. */
    @Override
    public java.util.List<float[]> embedAll(java.util.List<String> texts) {
        return delegate.embedAll(texts);
    }
}
