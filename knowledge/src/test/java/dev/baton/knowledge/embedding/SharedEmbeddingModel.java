package dev.baton.knowledge.embedding;

/** The real bge-small model, loaded once per test JVM: loading it takes seconds. */
public final class SharedEmbeddingModel {
    private SharedEmbeddingModel() {}

    private static final class Holder {
        private static final BgeSmallEmbeddingModel MODEL = BgeSmallEmbeddingModel.load(32);
    }

    public static EmbeddingModel get() {
        return Holder.MODEL;
    }
}
