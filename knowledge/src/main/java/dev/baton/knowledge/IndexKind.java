package dev.baton.knowledge;

/** Which vector index stores the chunks: embedded Lucene on local disk, or a Qdrant cluster. */
public enum IndexKind {
    LUCENE,
    QDRANT
}
