package dev.baton.knowledge.ingest;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.index.IndexedDocument;
import dev.baton.knowledge.index.VectorIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incremental ingestion of files and folders. A document's id is its path relative to the root it
 * was ingested from, and the index keeps its content hash and that root: an unchanged document is
 * skipped, a changed one replaced, and one that has gone from a root is removed when that root is
 * ingested again. A file that cannot be read is reported and keeps whatever was indexed for it.
 * Works on any {@link java.nio.file.FileSystem} (the sample knowledge base is read from a jar).
 */
public final class DocumentIngester {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentIngester.class);

    private final VectorIndex index;
    private final EmbeddingModel embeddingModel;
    private final Chunker chunker;
    private final int batchSize;
    private final DocumentReader reader;

    public DocumentIngester(VectorIndex index, EmbeddingModel embeddingModel, Chunker chunker, int batchSize) {
        this.index = requireNonNull(index, "index is null");
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        this.chunker = requireNonNull(chunker, "chunker is null");
        this.batchSize = batchSize;
        this.reader = new DocumentReader(new DocumentParsers(), chunker.fingerprint() + ";" + embeddingModel.dimensions());
    }

    private record Root(Path path, String source, List<Path> files) {}

    private final class Run {
        final Map<String, IndexedDocument> indexed = index.documents();
        final Map<String, String> claimedBy = new HashMap<>();
        final ChunkWriter writer = new ChunkWriter(index, embeddingModel, batchSize);
        final List<IngestReport.Failure> failures = new ArrayList<>();
        int added;
        int updated;
        int unchanged;
        int removed;
    }

    /** Ingests the roots (files or folders) and commits once at the end. */
    public synchronized IngestReport ingest(List<Path> roots, IngestListener listener) {
        Run run = new Run();
        List<Root> walked = new ArrayList<>();
        for (Path path : roots) {
            try {
                walked.add(new Root(path, sourceKey(path), files(path)));
            } catch (KnowledgeException e) {
                run.failures.add(new IngestReport.Failure(path.toString(), e.getMessage()));
            }
        }
        listener.started(walked.stream().mapToInt(root -> root.files().size()).sum());
        for (Root root : walked) {
            Set<String> seen = new HashSet<>();
            for (Path file : root.files()) {
                String id = documentId(root.path(), file);
                seen.add(id);
                ingestFile(run, root, file, id);
                listener.fileDone(file);
            }
            removeMissing(run, root, seen);
        }
        run.writer.flush();
        index.commit();
        IngestReport report = new IngestReport(
                run.added, run.updated, run.unchanged, run.removed, run.writer.written(), run.failures);
        LOG.info("Ingested {} root(s): {} added, {} updated, {} unchanged, {} removed, {} chunks written, {} failed",
                walked.size(), report.added(), report.updated(), report.unchanged(), report.removed(),
                report.chunksWritten(), report.failures().size());
        return report;
    }

    private void ingestFile(Run run, Root root, Path file, String id) {
        String owner = run.claimedBy.putIfAbsent(id, root.source());
        if (owner != null && !owner.equals(root.source())) {
            run.failures.add(new IngestReport.Failure(file.toString(),
                    "has the same relative path (" + id + ") as a document of " + owner
                            + "; ingest folders whose files have distinct relative paths"));
            return;
        }
        DocumentReader.Raw raw;
        SourceDocument document;
        IndexedDocument before = run.indexed.get(id);
        try {
            raw = reader.load(file);
            if (before != null && before.hash().equals(raw.hash()) && before.source().equals(root.source())) {
                run.unchanged++;
                return;
            }
            document = reader.parse(raw, id);
        } catch (KnowledgeException e) {
            LOG.debug("Cannot ingest {}: {}", file, e.getMessage());
            run.failures.add(new IngestReport.Failure(file.toString(), e.getMessage()));
            return;
        }
        if (before != null) {
            index.deleteDocument(id);
            run.updated++;
        } else {
            run.added++;
        }
        run.writer.add(chunker.chunk(document), raw.hash(), root.source());
    }

    private void removeMissing(Run run, Root root, Set<String> seen) {
        for (IndexedDocument document : run.indexed.values()) {
            if (document.source().equals(root.source()) && !seen.contains(document.id())) {
                index.deleteDocument(document.id());
                run.removed++;
            }
        }
    }

    /** The files under a root, in a stable order; hidden files and folders and metadata sidecars are not documents. */
    private static List<Path> files(Path root) {
        if (!Files.exists(root)) {
            throw new KnowledgeException(KnowledgeErrorCode.SOURCE_NOT_FOUND, "does not exist");
        }
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(root.relativize(file)))
                    .filter(file -> !DocumentParsers.isSidecar(DocumentReader.fileName(file)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new KnowledgeException(KnowledgeErrorCode.SOURCE_NOT_FOUND, "cannot be listed: " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The path relative to the root with '/' separators on every file system; a file root is its own name. */
    static String documentId(Path root, Path file) {
        if (root.equals(file)) {
            return DocumentReader.fileName(file);
        }
        List<String> names = new ArrayList<>();
        root.relativize(file).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    /** Identifies a root across runs: its file system's scheme and absolute path (a jar's path stays inside it). */
    static String sourceKey(Path root) {
        return root.getFileSystem().provider().getScheme() + ":" + root.toAbsolutePath().normalize();
    }
}
