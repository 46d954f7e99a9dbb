package dev.baton.knowledge.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * What a document says about itself (front matter, HTML meta tags, a {@code <file>.meta.yaml}
 * sidecar). Every field is optional so that a later source overrides only what it sets.
 */
public record DocumentMetadata(
        Optional<String> title,
        Optional<String> url,
        Optional<String> product,
        Optional<Set<String>> accessTags,
        Optional<ChunkKind> kind) {
    public static final DocumentMetadata NONE =
            new DocumentMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public DocumentMetadata {
        requireNonNull(title, "title is null");
        requireNonNull(url, "url is null");
        requireNonNull(product, "product is null");
        accessTags = accessTags.map(Set::copyOf);
        requireNonNull(kind, "kind is null");
    }

    /** This metadata with every field that {@code other} sets taken from {@code other}. */
    public DocumentMetadata overriddenBy(DocumentMetadata other) {
        return new DocumentMetadata(
                other.title.or(() -> title),
                other.url.or(() -> url),
                other.product.or(() -> product),
                other.accessTags.or(() -> accessTags),
                other.kind.or(() -> kind));
    }
}
