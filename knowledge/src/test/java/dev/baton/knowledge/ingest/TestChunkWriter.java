package dev.baton.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.embedding.HashingEmbeddingModel;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestChunkWriter {
    private static final HybridFusion FUSION = new HybridFusion(FusionMethod.WEIGHTED, 1, 0.05, 60);

    private static List<Chunk> chunks(String document, int count) {
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chunks.add(new Chunk(document + "#" + i, document, "Title " + document, document, "Title " + document, i,
                    "passage " + i + " of " + document, Optional.empty(), Set.of(), ChunkKind.DOCUMENT));
        }
        return chunks;
    }

    @Test
    void everyChunkIsInTheIndexOnceFlushedWhateverTheBatchBoundaries() {
        try (LuceneVectorIndex index = LuceneVectorIndex.inMemory(FUSION, 10)) {
            ChunkWriter writer = new ChunkWriter(index, new HashingEmbeddingModel(), 3);
            writer.add(chunks("a", 4), "hash-a", "test");
            writer.add(chunks("b", 2), "hash-b", "test");
            writer.add(chunks("c", 5), "hash-c", "test");
            writer.flush();
            index.commit();

            assertThat(writer.written()).isEqualTo(11);
            assertThat(index.size()).isEqualTo(11);
            assertThat(index.chunksOf("c")).extracting(chunk -> chunk.chunk().position()).containsExactly(0, 1, 2, 3, 4);
        }
    }

    @Test
    void aFailedIndexWriteIsReportedToTheCallerNotLost() {
        try (LuceneVectorIndex real = LuceneVectorIndex.inMemory(FUSION, 10)) {
            FailingIndex index = new FailingIndex(real);
            ChunkWriter writer = new ChunkWriter(index, new HashingEmbeddingModel(), 2);
            writer.add(chunks("a", 2), "hash-a", "test");

            assertThatThrownBy(writer::flush)
                    .isInstanceOf(KnowledgeException.class)
                    .hasMessageContaining("disk full");
        }
    }

    /** An index whose writes fail, as a full disk would make them. */
    private static final class FailingIndex implements dev.baton.knowledge.index.VectorIndex {
        private final LuceneVectorIndex delegate;

        FailingIndex(LuceneVectorIndex delegate) {
            this.delegate = delegate;
        }

        @Override
        public void upsert(List<IndexedChunk> chunks) {
            throw new KnowledgeException(KnowledgeErrorCode.INDEX_FAILED, "cannot write: disk full");
        }

        @Override
        public void deleteDocument(String documentId) {
            delegate.deleteDocument(documentId);
        }

        @Override
        public java.util.Map<String, String> documentHashes() {
            return delegate.documentHashes();
        }

        @Override
        public List<IndexedChunk> chunksOf(String documentId) {
            return delegate.chunksOf(documentId);
        }

        @Override
        public List<dev.baton.knowledge.index.ScoredChunk> search(dev.baton.knowledge.index.SearchRequest request) {
            return delegate.search(request);
        }

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public void commit() {
            delegate.commit();
        }

        @Override
        public void close() {}
    }
}
