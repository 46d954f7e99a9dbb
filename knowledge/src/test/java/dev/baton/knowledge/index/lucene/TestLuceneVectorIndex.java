package dev.baton.knowledge.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.embedding.HashingEmbeddingModel;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.IndexedDocument;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.index.SearchRequest;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import dev.baton.knowledge.ingest.Passages;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestLuceneVectorIndex {
    private static final HybridFusion FUSION = new HybridFusion(FusionMethod.WEIGHTED, 1, 0.1, 60);

    @TempDir
    Path temp;

    private final HashingEmbeddingModel model = new HashingEmbeddingModel();
    private LuceneVectorIndex index;

    @BeforeEach
    void setUp() {
        index = LuceneVectorIndex.inMemory(FUSION, 20);
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private IndexedChunk chunk(String document, int position, String text, Optional<String> product, Set<String> access,
            ChunkKind kind) {
        Chunk chunk = new Chunk(document + "#" + position, document, "Title of " + document, "loc/" + document,
                "Section", position, text, product, access, kind);
        return new IndexedChunk(chunk, model.embedPassages(List.of(Passages.searchableText(chunk))).get(0),
                "hash-" + document, "file:/kb");
    }

    private IndexedChunk publicChunk(String document, String text) {
        return chunk(document, 0, text, Optional.empty(), Set.of(), ChunkKind.DOCUMENT);
    }

    private List<String> search(String text, SearchFilter filter) {
        return index.search(new SearchRequest(text, model.embedQuery(text), filter, 10)).stream()
                .map(hit -> hit.chunk().documentId())
                .toList();
    }

    private static SearchFilter filter(Optional<String> product, Set<String> tags, Set<ChunkKind> kinds) {
        return new SearchFilter(product, tags, kinds);
    }

    @Test
    void writesBecomeVisibleAtCommitAndRoundTripEveryField() {
        IndexedChunk written = chunk("hr/leave.md", 3, "Ask your manager for parental leave.", Optional.of("HR Portal"),
                Set.of("Staff", "managers"), ChunkKind.TICKET);
        index.upsert(List.of(written));
        assertThat(index.size()).isZero();

        index.commit();

        assertThat(index.size()).isEqualTo(1);
        SearchFilter managers = filter(Optional.of("hr portal"), Set.of("MANAGERS"), EnumSet.allOf(ChunkKind.class));
        List<ScoredChunk> hits = index.search(new SearchRequest("parental leave", model.embedQuery("parental leave"),
                managers, 5));
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.chunk()).isEqualTo(written.chunk());
            assertThat(hit.semanticScore()).isBetween(0.0, 1.0);
            assertThat(hit.lexicalScore()).isPositive();
        });
        assertThat(index.documents()).containsEntry("hr/leave.md",
                new IndexedDocument("hr/leave.md", "hash-hr/leave.md", "file:/kb"));
        assertThat(index.documentHashes()).containsEntry("hr/leave.md", "hash-hr/leave.md");
    }

    @Test
    void accessTagsHideChunksFromPeopleWhoHoldNone() {
        index.upsert(List.of(
                publicChunk("public.md", "salary review process overview"),
                chunk("finance.md", 0, "salary bands for finance", Optional.empty(), Set.of("finance"), ChunkKind.DOCUMENT),
                chunk("board.md", 0, "salary of the board", Optional.empty(), Set.of("board", "execs"), ChunkKind.DOCUMENT)));
        index.commit();

        assertThat(search("salary", SearchFilter.everything())).containsExactly("public.md");
        assertThat(search("salary", filter(Optional.empty(), Set.of("finance"), EnumSet.allOf(ChunkKind.class))))
                .containsExactlyInAnyOrder("public.md", "finance.md");
        assertThat(search("salary", filter(Optional.empty(), Set.of("execs", "finance"), EnumSet.allOf(ChunkKind.class))))
                .containsExactlyInAnyOrder("public.md", "finance.md", "board.md");
    }

    @Test
    void productFilterKeepsThatProductAndChunksOfNoProduct() {
        index.upsert(List.of(
                chunk("vpn.md", 0, "reset your password", Optional.of("vpn"), Set.of(), ChunkKind.DOCUMENT),
                chunk("mail.md", 0, "reset your password", Optional.of("mail"), Set.of(), ChunkKind.DOCUMENT),
                publicChunk("general.md", "reset your password")));
        index.commit();

        assertThat(search("reset password", filter(Optional.of("VPN"), Set.of(), EnumSet.allOf(ChunkKind.class))))
                .containsExactlyInAnyOrder("vpn.md", "general.md");
        assertThat(search("reset password", SearchFilter.everything()))
                .containsExactlyInAnyOrder("vpn.md", "mail.md", "general.md");
    }

    @Test
    void kindFilter() {
        index.upsert(List.of(
                publicChunk("doc.md", "printer jam on floor three"),
                chunk("ticket-42", 0, "printer jam on floor three fixed", Optional.empty(), Set.of(), ChunkKind.TICKET)));
        index.commit();

        assertThat(search("printer jam", filter(Optional.empty(), Set.of(), Set.of(ChunkKind.TICKET))))
                .containsExactly("ticket-42");
        assertThat(search("printer jam", filter(Optional.empty(), Set.of(), Set.of(ChunkKind.DOCUMENT))))
                .containsExactly("doc.md");
    }

    @Test
    void upsertReplacesByChunkIdAndDeleteRemovesEveryChunkOfADocument() {
        index.upsert(List.of(publicChunk("a.md", "first version"), publicChunk("b.md", "other document"),
                chunk("b.md", 1, "second chunk of b", Optional.empty(), Set.of(), ChunkKind.DOCUMENT)));
        index.commit();
        index.upsert(List.of(publicChunk("a.md", "second version")));
        index.deleteDocument("b.md");
        index.commit();

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search(new SearchRequest("version", model.embedQuery("version"), SearchFilter.everything(), 5)))
                .singleElement().satisfies(hit -> assertThat(hit.chunk().text()).isEqualTo("second version"));
    }

    @Test
    void aChunkFoundOnlyByWordsStillGetsItsExactCosine() {
        index.upsert(List.of(publicChunk("x.md", "kerberos ticket renewal")));
        index.commit();

        ScoredChunk hit = index.search(new SearchRequest("kerberos", model.embedQuery("something else entirely"),
                SearchFilter.everything(), 5)).get(0);

        double expected = dev.baton.knowledge.embedding.Vectors.dot(model.embedQuery("something else entirely"),
                model.embedPassages(List.of("Title of x.md\nSection\nkerberos ticket renewal")).get(0));
        assertThat(hit.semanticScore()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(hit.lexicalScore()).isPositive();
    }

    @Test
    void persistsOnDiskAndOnlyOneProcessMayOpenIt() {
        Path folder = temp.resolve("index");
        try (LuceneVectorIndex disk = LuceneVectorIndex.open(folder, FUSION, 20)) {
            disk.upsert(List.of(publicChunk("kept.md", "durable text")));
            disk.commit();
            assertThatThrownBy(() -> LuceneVectorIndex.open(folder, FUSION, 20))
                    .isInstanceOfSatisfying(KnowledgeException.class,
                            e -> assertThat(e.code()).isEqualTo(KnowledgeErrorCode.INDEX_FAILED))
                    .hasMessageContaining("in use by another Baton process");
        }
        try (LuceneVectorIndex reopened = LuceneVectorIndex.open(folder, FUSION, 20)) {
            assertThat(reopened.size()).isEqualTo(1);
            assertThat(reopened.documentHashes()).containsOnlyKeys("kept.md");
        }
    }

    @Test
    void searchesRunWhileChunksAreWrittenAndCommitted() throws Exception {
        index.upsert(List.of(publicChunk("seed.md", "printer queue")));
        index.commit();
        java.util.concurrent.ExecutorService searchers = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                results.add(searchers.submit(() -> {
                    int found = 0;
                    for (int i = 0; i < 100; i++) {
                        found += search("printer", SearchFilter.everything()).isEmpty() ? 0 : 1;
                    }
                    return found;
                }));
            }
            for (int i = 0; i < 20; i++) {
                index.upsert(List.of(publicChunk("doc" + i + ".md", "printer number " + i)));
                index.commit();
            }
            for (java.util.concurrent.Future<Integer> result : results) {
                assertThat(result.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(100);
            }
        } finally {
            searchers.shutdownNow();
        }
        assertThat(index.size()).isEqualTo(21);
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(search("anything at all", SearchFilter.everything())).isEmpty();
        assertThat(index.documents()).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void chunksOfADocumentComeBackWithTheirStoredVectorsInOrder() {
        IndexedChunk second = chunk("vpn.md", 1, "Install the client.", Optional.of("VPN"), Set.of("staff"), ChunkKind.DOCUMENT);
        IndexedChunk first = chunk("vpn.md", 0, "Reset the password.", Optional.empty(), Set.of(), ChunkKind.DOCUMENT);
        index.upsert(List.of(second, first, publicChunk("other.md", "Something else.")));
        index.commit();

        List<IndexedChunk> chunks = index.chunksOf("vpn.md");

        assertThat(chunks).extracting(IndexedChunk::chunk).containsExactly(first.chunk(), second.chunk());
        assertThat(chunks.get(1).vector()).containsExactly(second.vector());
        assertThat(chunks.get(1).documentHash()).isEqualTo("hash-vpn.md");
        assertThat(chunks.get(1).source()).isEqualTo("file:/kb");
        assertThat(index.chunksOf("missing.md")).isEmpty();
    }

    @Test
    void closeIsIdempotent() {
        index.close();
        index.close();
    }
}
