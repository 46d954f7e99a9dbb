package dev.baton.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Copy between two in-memory Lucene indexes, the target writing in requests of two chunks like a remote index. */
class TestIndexCopy {
    private static final HybridFusion FUSION = new HybridFusion(FusionMethod.WEIGHTED, 1, 0.1, 60);

    private final LuceneVectorIndex source = LuceneVectorIndex.inMemory(FUSION, 10);
    private final LuceneVectorIndex store = LuceneVectorIndex.inMemory(FUSION, 10);
    private final RemoteLike target = new RemoteLike(store);

    @AfterEach
    void close() {
        source.close();
        store.close();
    }

    /** Writes in requests of two chunks, each applied at once; can be told to crash after some requests. */
    private static final class RemoteLike implements VectorIndex {
        private final LuceneVectorIndex store;
        final List<Integer> requestSizes = new ArrayList<>();
        int crashAfterRequests = Integer.MAX_VALUE;

        RemoteLike(LuceneVectorIndex store) {
            this.store = store;
        }

        @Override
        public void upsert(List<IndexedChunk> chunks) {
            for (int from = 0; from < chunks.size(); from += 2) {
                if (requestSizes.size() >= crashAfterRequests) {
                    throw new IllegalStateException("crash");
                }
                List<IndexedChunk> request = chunks.subList(from, Math.min(chunks.size(), from + 2));
                store.upsert(request);
                store.commit();
                requestSizes.add(request.size());
            }
        }

        @Override
        public void deleteDocument(String documentId) {
            store.deleteDocument(documentId);
            store.commit();
        }

        @Override
        public Map<String, String> documentHashes() {
            return store.documentHashes();
        }

        @Override
        public Map<String, IndexedDocument> documents() {
            return store.documents();
        }

        @Override
        public List<IndexedChunk> chunksOf(String documentId) {
            return store.chunksOf(documentId);
        }

        @Override
        public List<ScoredChunk> search(SearchRequest request) {
            return store.search(request);
        }

        @Override
        public long size() {
            return store.size();
        }

        @Override
        public void commit() {}

        @Override
        public void close() {}
    }

    private static IndexedChunk chunk(String document, int position) {
        Chunk chunk = new Chunk(document + "#" + position, document, document, "loc", "", position,
                "text " + position + " of " + document, Optional.empty(), Set.of(), ChunkKind.DOCUMENT);
        return new IndexedChunk(chunk, new float[] {1, position, 0}, "hash-" + document, "kb");
    }

    @Test
    void writesWholeDocumentsPerRequestAndResumesADocumentCutShort() {
        source.upsert(List.of(chunk("a", 0), chunk("big", 0), chunk("big", 1), chunk("big", 2), chunk("c", 0)));
        source.commit();
        List<String> progress = new ArrayList<>();
        IndexCopy.Listener listener = new IndexCopy.Listener() {
            @Override
            public void documentDone(String documentId, boolean copied) {
                progress.add(documentId + (copied ? "+" : "="));
            }
        };
        // "a" alone (adding big would pass 2), then big's first request of 2 chunks, then the crash.
        target.crashAfterRequests = 2;

        assertThatThrownBy(() -> new IndexCopy(source, target, 2).run(listener)).hasMessage("crash");
        assertThat(target.chunksOf("big")).hasSize(2);
        assertThat(target.documentHashes()).containsEntry("big", "hash-big");

        target.crashAfterRequests = Integer.MAX_VALUE;
        target.requestSizes.clear();
        progress.clear();
        IndexCopy.Report resumed = new IndexCopy(source, target, 2).run(listener);

        assertThat(resumed).isEqualTo(new IndexCopy.Report(3, 2, 1, 0, 4));
        assertThat(progress).containsExactly("a=", "big+", "c+");
        assertThat(target.chunksOf("big")).extracting(c -> c.chunk().position()).containsExactly(0, 1, 2);
        assertThat(target.requestSizes).containsExactly(2, 1, 1);
        assertThat(new IndexCopy(source, target, 2).run(IndexCopy.Listener.NONE)).isEqualTo(new IndexCopy.Report(3, 0, 3, 0, 0));
    }
}
