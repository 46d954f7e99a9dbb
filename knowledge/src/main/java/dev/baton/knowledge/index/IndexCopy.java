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
 * <p>Idempotent and resumable: a document the target already holds with the same content hash is
 * skipped, one with another hash is replaced (its old chunks deleted first), and chunks keep their
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

    /** {@code batchChunks}: chunks gathered (whole documents at a time) before one write to the target. */
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
            if (there != null && there.hash().equals(document.hash())) {
                skipped++;
                listener.documentDone(document.id(), false);
                continue;
            }
            if (there != null) {
                // A changed document may have fewer chunks now: its stale ones must not survive.
                target.deleteDocument(document.id());
            }
            batch.addAll(source.chunksOf(document.id()));
            batchDocuments.add(document.id());
            copied++;
            if (batch.size() >= batchChunks) {
                chunksWritten += flush(batch, batchDocuments, listener);
            }
        }
        chunksWritten += flush(batch, batchDocuments, listener);
        target.commit();
        return new Report(wanted.size(), copied, skipped, removed, chunksWritten);
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
