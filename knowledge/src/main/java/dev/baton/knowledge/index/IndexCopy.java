package dev.baton.knowledge.index;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies one index into another (what {@code baton reindex --to qdrant} runs): every document's
 * chunks with their stored vectors, so nothing is read from the sources or embedded again.
 *
 * <p>Idempotent and resumable: a document the target already holds whole with the same content
 * hash is skipped, one with another hash is replaced (its old chunks deleted first), and chunks keep their
 * ids, so an interrupted copy run again finishes the job without duplicates. Documents the target
 * holds but the source does not are removed, so the target ends up a mirror of the source.
 * Documents are copied in id order, which makes progress reports comparable between runs.
 */
public final class IndexCopy {
    /** Told about progress; called on the copying thread. */
    public interface Listener {
        Listener NONE = new Listener() {};

        default void started(int documents) {}

        default void documentDone(String documentId, boolean copied) {}
    }

    /** What a copy did: documents copied, skipped as already present, and removed from the target. */
    public record Report(int documents, int copied, int skipped, int removed, long chunksWritten) {}

    private final VectorIndex source;
    private final VectorIndex target;
    private final int batchChunks;

    /**
     * {@code batchChunks}: most chunks of one write to the target (whole documents at a time; a
     * larger document is written alone). Give the target's own request size, such as {@code
     * qdrant.upsert-batch-size}, so that each write is one request.
     */
    public IndexCopy(VectorIndex source, VectorIndex target, int batchChunks) {
        this.source = requireNonNull(source, "source is null");
        this.target = requireNonNull(target, "target is null");
        if (batchChunks < 1) {
            throw new IllegalArgumentException("batchChunks must be >= 1: " + batchChunks);
        }
        this.batchChunks = batchChunks;
    }

    public Report run(Listener listener) {
        Map<String, IndexedDocument> wanted = new TreeMap<>(source.documents());
        Map<String, IndexedDocument> present = target.documents();
        listener.started(wanted.size());

        int removed = 0;
        for (String id : present.keySet()) {
            if (!wanted.containsKey(id)) {
                target.deleteDocument(id);
                removed++;
            }
        }
        int copied = 0;
        int skipped = 0;
        long chunksWritten = 0;
        List<IndexedChunk> batch = new ArrayList<>();
        List<String> batchDocuments = new ArrayList<>();
        for (IndexedDocument document : wanted.values()) {
            IndexedDocument there = present.get(document.id());
            List<IndexedChunk> chunks = source.chunksOf(document.id());
            if (there != null && there.hash().equals(document.hash()) && complete(document.id(), chunks)) {
                skipped++;
                listener.documentDone(document.id(), false);
                continue;
            }
            if (there != null) {
                // A changed document may have fewer chunks now: its stale ones must not survive.
                target.deleteDocument(document.id());
            }
            // Whole documents per write, so that a write interrupted by a crash never leaves a
            // document half there under its final hash (a write is one request when it fits a batch).
            if (!batch.isEmpty() && batch.size() + chunks.size() > batchChunks) {
                chunksWritten += flush(batch, batchDocuments, listener);
            }
            batch.addAll(chunks);
            batchDocuments.add(document.id());
            copied++;
        }
        chunksWritten += flush(batch, batchDocuments, listener);
        target.commit();
        return new Report(wanted.size(), copied, skipped, removed, chunksWritten);
    }

    /**
     * Whether the target holds all of a document it has under the same hash. Only a document larger
     * than one batch is written in several requests and can be cut short; smaller ones are whole.
     */
    private boolean complete(String documentId, List<IndexedChunk> chunks) {
        return chunks.size() <= batchChunks || target.chunksOf(documentId).size() == chunks.size();
    }

    private int flush(List<IndexedChunk> batch, List<String> documents, Listener listener) {
        int written = batch.size();
        if (!batch.isEmpty()) {
            target.upsert(batch);
        }
        documents.forEach(id -> listener.documentDone(id, true));
        batch.clear();
        documents.clear();
        return written;
    }
}
