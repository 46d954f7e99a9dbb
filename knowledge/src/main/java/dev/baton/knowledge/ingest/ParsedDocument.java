package dev.baton.knowledge.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** What a parser found in one file: its own metadata, its first heading and its sections. */
public record ParsedDocument(DocumentMetadata metadata, Optional<String> firstHeading, List<Section> sections) {
    public ParsedDocument {
        requireNonNull(metadata, "metadata is null");
        requireNonNull(firstHeading, "firstHeading is null");
        sections = List.copyOf(sections);
    }

    public boolean hasText() {
        return sections.stream().anyMatch(section -> !section.blocks().isEmpty());
    }
}
