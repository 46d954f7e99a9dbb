package dev.baton.knowledge.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * A passage of a document as it is indexed and cited: it keeps its document, its section (the
 * heading path, such as "VPN > Resetting your password") and its position in the document.
 */
public record Chunk(
        String id,
        String documentId,
        String title,
        String location,
        String section,
        int position,
        String text,
        Optional<String> product,
        Set<String> accessTags,
        ChunkKind kind) {
    public Chunk {
        requireNonNull(id, "id is null");
        requireNonNull(documentId, "documentId is null");
        requireNonNull(title, "title is null");
        requireNonNull(location, "location is null");
        requireNonNull(section, "section is null");
        requireNonNull(text, "text is null");
        requireNonNull(product, "product is null");
        accessTags = Set.copyOf(accessTags);
        requireNonNull(kind, "kind is null");
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0: " + position);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("chunk " + id + " has no text");
        }
    }
}
