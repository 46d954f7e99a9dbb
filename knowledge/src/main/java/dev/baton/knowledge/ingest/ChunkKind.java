package dev.baton.knowledge.ingest;

/** Where a chunk comes from: a knowledge-base document, or a similar resolved ticket. */
public enum ChunkKind {
    DOCUMENT(1.0),
    /** A similar resolved ticket: retrieved and quoted beside documents, but behind one that fits as well. */
    TICKET(0.8);

    private final double weight;

    ChunkKind(double weight) {
        this.weight = weight;
    }

    /** What a passage of this kind weighs in ranking, against a document's 1. */
    public double weight() {
        return weight;
    }
}
