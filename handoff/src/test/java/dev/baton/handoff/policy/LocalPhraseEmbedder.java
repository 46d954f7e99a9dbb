package dev.baton.handoff.policy;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;

/**
 * The real local model (bge-small-en-v1.5, quantized) behind the {@link PhraseEmbedder} port, as the
 * bot provides it; loaded once per test JVM because loading takes a second or two.
 */
final class LocalPhraseEmbedder implements PhraseEmbedder {
    private static final class Holder {
        private static final LocalPhraseEmbedder INSTANCE = new LocalPhraseEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel());
    }

    private final BgeSmallEnV15QuantizedEmbeddingModel model;

    private LocalPhraseEmbedder(BgeSmallEnV15QuantizedEmbeddingModel model) {
        this.model = model;
    }

    static LocalPhraseEmbedder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public float[] embed(String text) {
        return normalised(model.embed(text.isBlank() ? "." : text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(text.isBlank() ? "." : text)).toList();
        return model.embedAll(segments).content().stream().map(embedding -> normalised(embedding.vector())).toList();
    }

    private static float[] normalised(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += (double) value * value;
        }
        double norm = Math.sqrt(sum);
        float[] out = vector.clone();
        for (int i = 0; i < out.length && norm > 0; i++) {
            out[i] = (float) (out[i] / norm);
        }
        return out;
    }
}
