package dev.baton.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The sample help centre (an invented company's IT and HR pages) shipped inside the jar under
 * {@code sample-kb/}, so that a fresh {@code serve} or {@code ask} has something to answer from.
 * Opened as a read-only file system over the jar; closed with the process.
 */
public final class BundledSampleKnowledgeBase implements AutoCloseable {
    static final String MARKER = "/sample-kb/README.md";

    private final Optional<FileSystem> jar;
    private final Path root;

    private BundledSampleKnowledgeBase(Optional<FileSystem> jar, Path root) {
        this.jar = jar;
        this.root = root;
    }

    public static BundledSampleKnowledgeBase open() {
        URL marker = BundledSampleKnowledgeBase.class.getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException("the sample knowledge base is missing from the jar (" + MARKER + ")");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fileSystem = FileSystems.newFileSystem(uri, Map.of());
                return new BundledSampleKnowledgeBase(Optional.of(fileSystem), fileSystem.getPath("/sample-kb"));
            }
            return new BundledSampleKnowledgeBase(Optional.empty(), Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the sample knowledge base: " + marker, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sample knowledge base inside the jar", e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() {
        jar.ifPresent(fileSystem -> {
            try {
                fileSystem.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
