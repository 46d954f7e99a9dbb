package dev.baton.knowledge.index.lucene;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.IndexedDocument;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchRequest;
import dev.baton.knowledge.index.VectorIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded index: Lucene with an HNSW vector field (dot product of unit vectors, which is the
 * cosine) and a BM25 text field analysed for English, searched together (see {@link
 * HybridSearch}). Writes become visible at {@link #commit()}. Thread-safe: Lucene's writer is, and
 * searches hold a searcher from a {@link SearcherManager} for their duration.
 */
public final class LuceneVectorIndex implements VectorIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneVectorIndex.class);

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final HybridFusion fusion;
    private final int candidates;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LuceneVectorIndex(Directory directory, HybridFusion fusion, int candidates, String description)
            throws IOException {
        this.directory = directory;
        this.analyzer = new EnglishAnalyzer();
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
        this.fusion = requireNonNull(fusion, "fusion is null");
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1: " + candidates);
        }
        this.candidates = candidates;
        this.description = description;
    }

    /** Opens (or creates) the index in a folder; only one process may have it open. */
    public static LuceneVectorIndex open(Path folder, HybridFusion fusion, int candidates) {
        try {
            Files.createDirectories(folder);
            LuceneVectorIndex index = new LuceneVectorIndex(FSDirectory.open(folder), fusion, candidates, folder.toString());
            LOG.info("Opened the Lucene index at {} ({} chunks)", folder, index.size());
            return index;
        } catch (LockObtainFailedException e) {
            throw new KnowledgeException(KnowledgeErrorCode.INDEX_FAILED,
                    "the index at " + folder + " is in use by another Baton process; stop it or set knowledge.index-directory", e);
        } catch (IOException e) {
            throw new KnowledgeException(KnowledgeErrorCode.INDEX_FAILED, "cannot open the index at " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, gone when closed: for evaluation and tests. */
    public static LuceneVectorIndex inMemory(HybridFusion fusion, int candidates) {
        try {
            return new LuceneVectorIndex(new ByteBuffersDirectory(), fusion, candidates, "memory");
        } catch (IOException e) {
            throw new KnowledgeException(KnowledgeErrorCode.INDEX_FAILED, "cannot create an index in memory", e);
        }
    }

    @Override
    public void upsert(List<IndexedChunk> chunks) {
        try {
            for (IndexedChunk chunk : chunks) {
                writer.updateDocument(new Term(ChunkDocuments.ID, chunk.chunk().id()), ChunkDocuments.toDocument(chunk));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw failure("write chunks to", e);
        }
    }

    @Override
    public void deleteDocument(String documentId) {
        try {
            writer.deleteDocuments(new Term(ChunkDocuments.DOCUMENT, documentId));
        } catch (IOException e) {
            throw failure("delete a document from", e);
        }
    }

    @Override
    public Map<String, String> documentHashes() {
        Map<String, String> hashes = new HashMap<>();
        documents().forEach((id, document) -> hashes.put(id, document.hash()));
        return hashes;
    }

    @Override
    public Map<String, IndexedDocument> documents() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<String, IndexedDocument> documents = new HashMap<>();
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields fields = leaf.reader().storedFields();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        if (live != null && !live.get(doc)) {
                            continue;
                        }
                        Document stored = fields.document(doc, ChunkDocuments.DOCUMENT_STATE_FIELDS);
                        String id = stored.get(ChunkDocuments.DOCUMENT);
                        documents.putIfAbsent(id, new IndexedDocument(
                                id, stored.get(ChunkDocuments.HASH), stored.get(ChunkDocuments.SOURCE)));
                    }
                }
                return documents;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure("read the documents of", e);
        }
    }

    @Override
    public List<IndexedChunk> chunksOf(String documentId) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return ChunkDocuments.chunksOf(searcher, documentId);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure("read the chunks of a document from", e);
        }
    }

    @Override
    public List<ScoredChunk> search(SearchRequest request) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return new HybridSearch(searcher, analyzer, fusion, candidates).run(request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw failure("search", e);
        }
    }

    @Override
    public long size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure("count the chunks of", e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw failure("commit", e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (directory; analyzer; writer; searchers) {
            // Closing the writer commits what is pending; the resources close in reverse order.
        } catch (IOException e) {
            throw failure("close", e);
        }
    }

    private KnowledgeException failure(String action, Exception e) {
        return new KnowledgeException(KnowledgeErrorCode.INDEX_FAILED,
                "cannot " + action + " the index (" + description + "): " + e.getMessage(), e);
    }
}
