package dev.baton.knowledge.index;

import static java.util.Objects.requireNonNull;

/** An indexed document as incremental ingestion sees it: its id, content hash and source root. */
public record IndexedDocument(String id, String hash, String source) {
    public IndexedDocument {
        requireNonNull(id, "id is null");
        requireNonNull(hash, "hash is null");
        requireNonNull(source, "source is null");
    }
}
