package dev.baton.knowledge.index.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.embedding.HashingEmbeddingModel;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.IndexCopy;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.IndexedDocument;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.index.SearchRequest;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import dev.baton.knowledge.ingest.Passages;
import dev.baton.knowledge.ingest.Chunker;
import dev.baton.knowledge.ingest.DocumentIngester;
import dev.baton.knowledge.ingest.IngestListener;
import dev.baton.knowledge.ingest.IngestReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Qdrant index must do whatever Qdrant it talks to: the fake of {@link
 * TestQdrantVectorIndex}, or a real one in {@link TestQdrantVectorIndexLive} when QDRANT_URL is set.
 */
abstract class QdrantIndexContract {
    static final HybridFusion FUSION = new HybridFusion(FusionMethod.WEIGHTED, 1, 0.1, 60);
    static final int CANDIDATES = 50;

    final HashingEmbeddingModel model = new HashingEmbeddingModel();
    final String collection = "baton-test-" + UUID.randomUUID().toString().substring(0, 8);
    final List<AutoCloseable> opened = new ArrayList<>();

    /** The environment that points Baton at the Qdrant under test (QDRANT_URL, maybe QDRANT_API_KEY). */
    abstract Map<String, String> qdrantEnvironment();

    /** Removes the test collection after the test. */
    abstract void dropCollection(String name) throws Exception;

    QdrantConfig config(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(qdrantEnvironment());
        environment.put("BATON_QDRANT_COLLECTION", collection);
        environment.putAll(more);
        var settings = SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
        QdrantConfig config = QdrantConfig.from(settings);
        assertThat(settings.problems()).isEmpty();
        return config;
    }

    QdrantVectorIndex open(QdrantConfig config) {
        QdrantVectorIndex index = QdrantVectorIndex.open(config, model.dimensions(), FUSION, CANDIDATES);
        opened.add(index);
        return index;
    }

    QdrantVectorIndex open() {
        return open(config(Map.of()));
    }

    @AfterEach
    void closeAndDrop() throws Exception {
        for (AutoCloseable index : opened) {
            index.close();
        }
        dropCollection(collection);
    }

    IndexedChunk chunk(String document, int position, String text, Optional<String> product, Set<String> access, ChunkKind kind) {
        Chunk chunk = new Chunk(document + "#" + position, document, "Title of " + document, "loc/" + document,
                "Section", position, text, product, access, kind);
        return new IndexedChunk(chunk, model.embedPassages(List.of(Passages.searchableText(chunk))).get(0),
                "hash-" + document, "file:/kb");
    }

    /** Public and restricted chunks, of several products and both kinds. */
    List<IndexedChunk> corpus() {
        return List.of(
                chunk("vpn", 0, "Reset your VPN password from the self-service portal.", Optional.empty(), Set.of(), ChunkKind.DOCUMENT),
                chunk("vpn", 1, "Install the VPN client on macOS from the software centre.", Optional.of("VPN"), Set.of(), ChunkKind.DOCUMENT),
                chunk("payroll", 0, "Payroll exports for finance staff run every Friday.", Optional.empty(), Set.of("Finance"), ChunkKind.DOCUMENT),
                chunk("console", 0, "The admin console keeps the signing secrets.", Optional.of("Console"), Set.of("admins", "IT"), ChunkKind.DOCUMENT),
                chunk("ticket-7", 0, "Printer jam fixed by restarting the spooler.", Optional.of("printer"), Set.of(), ChunkKind.TICKET));
    }

    List<String> ids(List<ScoredChunk> results) {
        return results.stream().map(result -> result.chunk().id()).toList();
    }

    SearchRequest request(String text, SearchFilter filter, int limit) {
        return new SearchRequest(text, model.embedQuery(text), filter, limit);
    }

    @Test
    void filtersAndAccessTagsMatchTheLuceneIndex() {
        QdrantVectorIndex qdrant = open();
        qdrant.upsert(corpus());
        List<SearchFilter> filters = List.of(
                SearchFilter.everything(),
                new SearchFilter(Optional.empty(), Set.of("FINANCE"), EnumSet.allOf(ChunkKind.class)),
                new SearchFilter(Optional.of(" vpn "), Set.of(), EnumSet.allOf(ChunkKind.class)),
                new SearchFilter(Optional.empty(), Set.of(), EnumSet.of(ChunkKind.TICKET)),
                new SearchFilter(Optional.of("console"), Set.of("it"), EnumSet.of(ChunkKind.DOCUMENT)),
                new SearchFilter(Optional.of("nothing-named-so"), Set.of("nobody"), EnumSet.allOf(ChunkKind.class)));
        try (LuceneVectorIndex lucene = LuceneVectorIndex.inMemory(FUSION, CANDIDATES)) {
            lucene.upsert(corpus());
            lucene.commit();
            for (SearchFilter filter : filters) {
                SearchRequest request = request("how do I reset my password", filter, 20);
                assertThat(ids(qdrant.search(request)))
                        .as("visible chunks with %s", filter)
                        .containsExactlyInAnyOrderElementsOf(ids(lucene.search(request)));
            }
        }
        assertThat(ids(qdrant.search(request("password", SearchFilter.everything(), 20))))
                .containsExactlyInAnyOrder("vpn#0", "vpn#1", "ticket-7#0");
    }

    @Test
    void searchFindsByMeaningAndWordsAndReportsBothScores() {
        QdrantVectorIndex index = open();
        index.upsert(corpus());
        index.commit();

        List<ScoredChunk> results = index.search(request("reset VPN password portal", SearchFilter.everything(), 2));

        assertThat(results).hasSize(2);
        ScoredChunk best = results.get(0);
        assertThat(best.chunk()).isEqualTo(corpus().get(0).chunk());
        assertThat(best.lexicalScore()).isPositive();
        assertThat(best.semanticScore()).isGreaterThan(results.get(1).semanticScore()).isLessThanOrEqualTo(1.0001);
        assertThat(best.score()).isGreaterThanOrEqualTo(results.get(1).score());
    }

    @Test
    void writingAChunkAgainReplacesIt() {
        QdrantVectorIndex index = open();
        index.upsert(corpus());
        IndexedChunk changed = chunk("vpn", 0, "Reset your VPN password at the help desk instead.", Optional.empty(), Set.of(), ChunkKind.DOCUMENT);
        index.upsert(List.of(changed));

        assertThat(index.size()).isEqualTo(corpus().size());
        assertThat(index.chunksOf("vpn").get(0).chunk().text()).isEqualTo("Reset your VPN password at the help desk instead.");
    }

    @Test
    void deletingADocumentRemovesOnlyItsChunks() {
        QdrantVectorIndex index = open();
        index.upsert(corpus());

        index.deleteDocument("vpn");

        assertThat(index.size()).isEqualTo(corpus().size() - 2);
        assertThat(index.chunksOf("vpn")).isEmpty();
        assertThat(index.documents()).containsOnlyKeys("payroll", "console", "ticket-7");
        assertThat(ids(index.search(request("VPN password", SearchFilter.everything(), 10)))).doesNotContain("vpn#0", "vpn#1");
    }

    @Test
    void documentsAndChunksRoundTrip() {
        QdrantVectorIndex index = open();
        index.upsert(corpus());

        assertThat(index.documents()).containsEntry("vpn", new IndexedDocument("vpn", "hash-vpn", "file:/kb"));
        assertThat(index.documentHashes()).containsEntry("console", "hash-console").hasSize(4);
        List<IndexedChunk> vpn = index.chunksOf("vpn");
        assertThat(vpn).extracting(IndexedChunk::chunk).containsExactly(corpus().get(0).chunk(), corpus().get(1).chunk());
        assertThat(vpn.get(1).vector()).containsExactly(corpus().get(1).vector());
    }

    @Test
    void reopeningTheCollectionKeepsItsChunks() {
        open().upsert(corpus());

        assertThat(open().size()).isEqualTo(corpus().size());
    }

    @Test
    void aCollectionOfOtherDimensionsIsRefusedWithTheDifference() {
        open().upsert(corpus());

        assertThatThrownBy(() -> QdrantVectorIndex.open(config(Map.of()), 384, FUSION, CANDIDATES))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.code())
                        .isEqualTo(KnowledgeErrorCode.INDEX_SCHEMA_MISMATCH))
                .hasMessageContaining("the dense vector has " + model.dimensions() + " dimensions, the embedding model makes 384")
                .hasMessageContaining("reindex --to qdrant");
    }

    @Test
    void ingestionIntoQdrantIsIncremental(@TempDir Path kb) throws IOException {
        QdrantVectorIndex index = open();
        DocumentIngester ingester = new DocumentIngester(index, model, new Chunker(1000, 150), 8);
        Files.writeString(kb.resolve("vpn.md"), "# VPN\n\nReset your VPN password from the self-service portal.\n");
        Files.writeString(kb.resolve("printer.md"), "# Printers\n\nRestart the spooler when the printer jams.\n");

        IngestReport first = ingester.ingest(List.of(kb), IngestListener.NONE);
        IngestReport unchanged = ingester.ingest(List.of(kb), IngestListener.NONE);
        Files.writeString(kb.resolve("vpn.md"), "# VPN\n\nCall the help desk to reset a VPN password.\n");
        Files.delete(kb.resolve("printer.md"));
        IngestReport changed = ingester.ingest(List.of(kb), IngestListener.NONE);

        assertThat(first.added()).isEqualTo(2);
        assertThat(unchanged.unchanged()).isEqualTo(2);
        assertThat(unchanged.chunksWritten()).isZero();
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.removed()).isEqualTo(1);
        List<ScoredChunk> found = index.search(request("reset VPN password", SearchFilter.everything(), 5));
        assertThat(found).extracting(result -> result.chunk().text()).containsExactly("Call the help desk to reset a VPN password.");
    }

    @Test
    void copyingFromLuceneIsIdempotentAndMirrorsChanges() {
        QdrantVectorIndex qdrant = open(config(Map.of("BATON_QDRANT_UPSERT_BATCH_SIZE", "2")));
        try (LuceneVectorIndex lucene = LuceneVectorIndex.inMemory(FUSION, CANDIDATES)) {
            lucene.upsert(corpus());
            lucene.commit();

            IndexCopy.Report first = new IndexCopy(lucene, qdrant, 3).run(IndexCopy.Listener.NONE);
            assertThat(first).isEqualTo(new IndexCopy.Report(4, 4, 0, 0, 5));
            assertThat(qdrant.documents()).isEqualTo(lucene.documents());
            assertThat(qdrant.chunksOf("vpn")).extracting(IndexedChunk::chunk)
                    .containsExactlyElementsOf(lucene.chunksOf("vpn").stream().map(IndexedChunk::chunk).toList());

            IndexCopy.Report again = new IndexCopy(lucene, qdrant, 3).run(IndexCopy.Listener.NONE);
            assertThat(again).isEqualTo(new IndexCopy.Report(4, 0, 4, 0, 0));
            assertThat(qdrant.size()).isEqualTo(5);

            // The VPN document shrinks to one chunk under a new hash; the ticket is gone.
            lucene.deleteDocument("vpn");
            Chunk shorter = new Chunk("vpn#0", "vpn", "Title of vpn", "loc/vpn", "Section", 0,
                    "Call the help desk to reset a VPN password.", Optional.empty(), Set.of(), ChunkKind.DOCUMENT);
            lucene.upsert(List.of(new IndexedChunk(shorter, model.embedPassages(List.of(shorter.text())).get(0), "hash-vpn-2", "file:/kb")));
            lucene.deleteDocument("ticket-7");
            lucene.commit();

            IndexCopy.Report changed = new IndexCopy(lucene, qdrant, 3).run(IndexCopy.Listener.NONE);
            assertThat(changed).isEqualTo(new IndexCopy.Report(3, 1, 2, 1, 1));
            assertThat(qdrant.chunksOf("vpn")).extracting(c -> c.chunk().text()).containsExactly(shorter.text());
            assertThat(qdrant.documentHashes()).containsOnlyKeys("vpn", "payroll", "console").containsEntry("vpn", "hash-vpn-2");
        }
    }
}
