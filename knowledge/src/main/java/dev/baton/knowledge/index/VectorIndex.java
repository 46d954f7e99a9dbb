package dev.baton.knowledge.index;

import java.util.HashMap;
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

    /**
     * Every indexed document with its hash and source root, by document id. Indexes that do not keep
     * the source report it as "" (unknown); ingestion then never removes those documents as missing.
     */
    default Map<String, IndexedDocument> documents() {
        Map<String, IndexedDocument> documents = new HashMap<>();
        documentHashes().forEach((id, hash) -> documents.put(id, new IndexedDocument(id, hash, "")));
        return documents;
    }

    /**
     * Every chunk of a document with its stored vector, hash and source, in document order; empty
     * when the document is not indexed. What {@code reindex} copies from one index to another
     * without reading the sources or embedding again.
     */
    List<IndexedChunk> chunksOf(String documentId);

    /** The best chunks for the request, best first, at most {@code request.limit()}. */
    List<ScoredChunk> search(SearchRequest request);

    /** Number of indexed chunks. */
    long size();

    /** Makes written chunks durable and visible to searches. */
    void commit();

    @Override
    void close();
}
