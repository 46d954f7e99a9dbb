package dev.baton.knowledge.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A document ready to be chunked: its stable id (the path relative to the ingested root), how it is
 * cited (title, location) and who may see it.
 */
public record SourceDocument(
        String id,
        String title,
        String location,
        Optional<String> product,
        Set<String> accessTags,
        ChunkKind kind,
        List<Section> sections) {
    public SourceDocument {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(location, "location is null");
        requireNonNull(product, "product is null");
        accessTags = Set.copyOf(accessTags);
        requireNonNull(kind, "kind is null");
        sections = List.copyOf(sections);
        if (id.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a document needs an id and a title");
        }
    }
}
