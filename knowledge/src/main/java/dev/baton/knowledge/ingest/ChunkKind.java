package dev.baton.knowledge.ingest;

/** Where a chunk comes from: a knowledge-base document, or a similar resolved ticket. */
public enum ChunkKind {
    DOCUMENT,
    TICKET
}
