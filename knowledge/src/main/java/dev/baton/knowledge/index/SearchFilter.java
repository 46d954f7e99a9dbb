package dev.baton.knowledge.index;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.ingest.ChunkKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which chunks a search may return. A chunk with access tags is only returned when the asker holds
 * at least one of them; a chunk without tags is public. A product filter keeps chunks of that
 * product and chunks that name no product.
 */
public record SearchFilter(Optional<String> product, Set<String> accessTags, Set<ChunkKind> kinds) {
    public SearchFilter {
        requireNonNull(product, "product is null");
        accessTags = Set.copyOf(accessTags);
        kinds = Set.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a search must allow at least one chunk kind");
        }
    }

    /** Public documents and tickets of every product. */
    public static SearchFilter everything() {
        return new SearchFilter(Optional.empty(), Set.of(), EnumSet.allOf(ChunkKind.class));
    }
}
