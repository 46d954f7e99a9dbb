package dev.baton.knowledge.ingest;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.VectorIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Embeds chunks and writes them to the index in batches that span documents (most documents are
 * one or two chunks, and the model is much faster per passage in a batch). A full batch is written
 * to the index on a virtual thread while the caller reads, chunks and embeds the next one, so the
 * model's threads do not sit idle while Lucene builds its graph; at most one batch is being written
 * at a time. Not thread-safe: one writer per ingestion. Call {@link #flush()} before committing.
 */
public final class ChunkWriter {
    private final VectorIndex index;
    private final EmbeddingModel embeddingModel;
    private final int batchSize;
    private final List<Pending> pending = new ArrayList<>();
    /** The batch being written to the index, if any, and its size. */
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
    private int writingSize;
    private int written;

    public ChunkWriter(VectorIndex index, EmbeddingModel embeddingModel, int batchSize) {
        this.index = requireNonNull(index, "index is null");
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    private record Pending(Chunk chunk, String documentHash, String source) {}

    /** Queues the chunks of one document; writes a batch whenever enough are queued. */
    public void add(List<Chunk> chunks, String documentHash, String source) {
        for (Chunk chunk : chunks) {
            pending.add(new Pending(chunk, documentHash, source));
            if (pending.size() >= batchSize) {
                embedAndWrite();
            }
        }
    }

    /** Embeds and writes what is queued and waits until every batch is in the index. */
    public void flush() {
        if (!pending.isEmpty()) {
            embedAndWrite();
        }
        awaitWrite();
    }

    private void embedAndWrite() {
        List<float[]> vectors = embeddingModel.embedPassages(
                pending.stream().map(p -> Passages.searchableText(p.chunk())).toList());
        List<IndexedChunk> batch = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            batch.add(new IndexedChunk(p.chunk(), vectors.get(i), p.documentHash(), p.source()));
        }
        pending.clear();
        awaitWrite();
        writingSize = batch.size();
        writing = CompletableFuture.runAsync(() -> index.upsert(batch),
                task -> Thread.ofVirtual().name("baton-index-write").start(task));
    }

    private void awaitWrite() {
        CompletableFuture<Void> batch = writing;
        int size = writingSize;
        writing = CompletableFuture.completedFuture(null);
        writingSize = 0;
        try {
            batch.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
        written += size;
    }

    /** Chunks written so far (queued ones not counted until flushed). */
    public int written() {
        return written;
    }
}
