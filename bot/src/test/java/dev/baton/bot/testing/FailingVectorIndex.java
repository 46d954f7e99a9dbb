package dev.baton.bot.testing;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.IndexedDocument;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchRequest;
import dev.baton.knowledge.index.VectorIndex;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real in-memory Lucene index whose searches can be made to fail as a broken index does (a
 * Qdrant cluster that is down, a Lucene folder that cannot be read): ingestion and counting keep
 * working, so the application starts and looks ready until a turn searches.
 */
public final class FailingVectorIndex implements VectorIndex {
    private final LuceneVectorIndex index =
            LuceneVectorIndex.inMemory(new HybridFusion(FusionMethod.WEIGHTED, 1, 0.05, 60), 50);
    private final AtomicReference<Optional<KnowledgeErrorCode>> failing = new AtomicReference<>(Optional.empty());

    /** The module that puts this index where the configured one would be. */
    public Module module() {
        FailingVectorIndex self = this;
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(VectorIndex.class).toInstance(self);
            }
        };
    }

    /** From now on every search fails with this code. */
    public void failSearches(KnowledgeErrorCode code) {
        failing.set(Optional.of(code));
    }

    public void heal() {
        failing.set(Optional.empty());
    }

    @Override
    public List<ScoredChunk> search(SearchRequest request) {
        Optional<KnowledgeErrorCode> code = failing.get();
        if (code.isPresent()) {
            throw new KnowledgeException(code.get(), "Qdrant at 127.0.0.1:6334 is unreachable (UNAVAILABLE: test)");
        }
        return index.search(request);
    }

    @Override
    public void upsert(List<IndexedChunk> chunks) {
        index.upsert(chunks);
    }

    @Override
    public void deleteDocument(String documentId) {
        index.deleteDocument(documentId);
    }

    @Override
    public Map<String, IndexedDocument> documents() {
        return index.documents();
    }

    @Override
    public Map<String, String> documentHashes() {
        return index.documentHashes();
    }

    @Override
    public List<IndexedChunk> chunksOf(String documentId) {
        return index.chunksOf(documentId);
    }

    @Override
    public long size() {
        return index.size();
    }

    @Override
    public void commit() {
        index.commit();
    }

    @Override
    public void close() {
        index.close();
    }
}
