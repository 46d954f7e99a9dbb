package dev.baton.knowledge.index;

import java.util.List;
import java.util.Map;

/**
 * The vector index port: Lucene on local disk by default, Qdrant at scale. Implementations keep
 * the chunk's payload (title, section, product, access tags, kind) beside its vector and text, so a
 * search returns everything needed to cite a source.
 */
public interface VectorIndex extends AutoCloseable {
    /** Writes chunks in one batch; a chunk with an existing id is replaced. */
    void upsert(List<IndexedChunk> chunks);

    /** Removes every chunk of a document. */
    void deleteDocument(String documentId);

    /** The content hash of every indexed document, by document id: what incremental ingestion compares against. */
    Map<String, String> documentHashes();

    /** The best chunks for the request, best first, at most {@code request.limit()}. */
    List<ScoredChunk> search(SearchRequest request);

    /** Number of indexed chunks. */
    long size();

    /** Makes written chunks durable and visible to searches. */
    void commit();

    @Override
    void close();
}
