package dev.baton.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.knowledge.embedding.HashingEmbeddingModel;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.IndexedDocument;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.index.SearchRequest;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDocumentIngester {
    @TempDir
    Path temp;

    private final HashingEmbeddingModel model = new HashingEmbeddingModel();
    private LuceneVectorIndex index;
    private DocumentIngester ingester;
    private Path kb;

    @BeforeEach
    void setUp() throws IOException {
        index = LuceneVectorIndex.inMemory(new HybridFusion(FusionMethod.WEIGHTED, 1, 0.1, 60), 20);
        ingester = new DocumentIngester(index, model, new Chunker(500, 100), 4);
        kb = temp.resolve("kb");
        Files.createDirectories(kb.resolve("it/network"));
        Files.writeString(kb.resolve("it/network/vpn.md"), """
                ---
                title: VPN guide
                url: https://wiki.example.com/vpn
                ---
                # VPN
                ## Reset your password
                Open the VPN portal and choose Reset password.
                """);
        Files.writeString(kb.resolve("expenses.html"), """
                <html><head><title>Expenses</title><meta name="baton:access" content="finance"></head>
                <body><h1>Expenses</h1><p>Submit receipts within 30 days.</p></body></html>
                """);
        Files.write(kb.resolve("laptops.pdf"), PdfFiles.pdf("", List.of("Laptops are replaced every three years.")));
        Files.writeString(kb.resolve("laptops.pdf.meta.yaml"), """
                title: Laptop policy
                url: https://wiki.example.com/laptops
                product: hardware
                access: [staff]
                """);
        Files.writeString(kb.resolve("parking.txt"), "Parking permits are issued by facilities.\n\nAsk at reception.");
        Files.writeString(kb.resolve("notes.docx"), "not a format Baton reads");
        Files.writeString(kb.resolve("broken.pdf"), "%PDF-1.4 truncated");
        Files.writeString(kb.resolve(".DS_Store"), "finder noise");
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private Map<String, Chunk> firstChunks() {
        Map<String, Chunk> chunks = new java.util.TreeMap<>();
        SearchFilter all = new SearchFilter(Optional.empty(), Set.of("finance", "staff"), SearchFilter.everything().kinds());
        for (ScoredChunk hit : index.search(new SearchRequest("x", model.embedQuery("x"), all, 100))) {
            chunks.putIfAbsent(hit.chunk().documentId(), hit.chunk());
        }
        return chunks;
    }

    @Test
    void ingestsEverySupportedFileAndReportsTheRest() {
        List<Path> done = new ArrayList<>();
        int[] started = {-1};
        IngestReport report = ingester.ingest(List.of(kb), new IngestListener() {
            @Override
            public void started(int files) {
                started[0] = files;
            }

            @Override
            public void fileDone(Path file) {
                done.add(file);
            }
        });

        assertThat(report.added()).isEqualTo(4);
        assertThat(report.updated() + report.unchanged() + report.removed()).isZero();
        assertThat(report.chunksWritten()).isEqualTo(index.size()).isGreaterThanOrEqualTo(4);
        assertThat(report.failures()).extracting(IngestReport.Failure::file)
                .containsExactlyInAnyOrder(kb.resolve("notes.docx").toString(), kb.resolve("broken.pdf").toString());
        assertThat(report.failures()).extracting(IngestReport.Failure::reason)
                .anySatisfy(reason -> assertThat(reason).startsWith("unsupported file type"))
                .anySatisfy(reason -> assertThat(reason).startsWith("cannot be parsed"));
        assertThat(started[0]).isEqualTo(6);
        assertThat(done).hasSize(6);

        Map<String, Chunk> chunks = firstChunks();
        assertThat(chunks).containsOnlyKeys("it/network/vpn.md", "expenses.html", "laptops.pdf", "parking.txt");
        Chunk vpn = chunks.get("it/network/vpn.md");
        assertThat(vpn.title()).isEqualTo("VPN guide");
        assertThat(vpn.location()).isEqualTo("https://wiki.example.com/vpn");
        assertThat(vpn.section()).isEqualTo("VPN > Reset your password");
        Chunk laptops = chunks.get("laptops.pdf");
        assertThat(laptops.title()).isEqualTo("Laptop policy");
        assertThat(laptops.product()).contains("hardware");
        assertThat(laptops.accessTags()).containsExactly("staff");
        assertThat(chunks.get("expenses.html").accessTags()).containsExactly("finance");
        Chunk parking = chunks.get("parking.txt");
        assertThat(parking.title()).isEqualTo("parking");
        assertThat(parking.location()).isEqualTo("parking.txt");
    }

    @Test
    void secondRunSkipsUnchangedReplacesChangedAndRemovesDeleted() throws IOException {
        ingester.ingest(List.of(kb), IngestListener.NONE);
        int embedded = model.passagesEmbedded();

        IngestReport again = ingester.ingest(List.of(kb), IngestListener.NONE);
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.added() + again.updated() + again.removed() + again.chunksWritten()).isZero();
        assertThat(model.passagesEmbedded()).isEqualTo(embedded);

        Files.writeString(kb.resolve("parking.txt"), "Parking permits now come from the app.");
        Files.delete(kb.resolve("expenses.html"));
        Files.writeString(kb.resolve("laptops.pdf.meta.yaml"), "title: Laptop refresh policy\n");
        IngestReport changed = ingester.ingest(List.of(kb), IngestListener.NONE);

        assertThat(changed.updated()).isEqualTo(2);
        assertThat(changed.removed()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(1);
        Map<String, Chunk> chunks = firstChunks();
        assertThat(chunks).containsOnlyKeys("it/network/vpn.md", "laptops.pdf", "parking.txt");
        assertThat(chunks.get("parking.txt").text()).isEqualTo("Parking permits now come from the app.");
        assertThat(chunks.get("laptops.pdf").title()).isEqualTo("Laptop refresh policy");
        assertThat(chunks.get("laptops.pdf").accessTags()).isEmpty();
    }

    @Test
    void aFileThatBreaksKeepsWhatWasIndexedAndIsReported() throws IOException {
        ingester.ingest(List.of(kb), IngestListener.NONE);
        Files.writeString(kb.resolve("it/network/vpn.md"), "---\ntitle: [oops\n---\nText");

        IngestReport report = ingester.ingest(List.of(kb), IngestListener.NONE);

        assertThat(report.removed()).isZero();
        assertThat(report.failures()).extracting(IngestReport.Failure::file)
                .contains(kb.resolve("it/network/vpn.md").toString());
        assertThat(firstChunks().get("it/network/vpn.md").title()).isEqualTo("VPN guide");
    }

    @Test
    void rootsAreIndependentAndAMissingRootIsAFailure() throws IOException {
        ingester.ingest(List.of(kb), IngestListener.NONE);
        Path other = Files.createDirectories(temp.resolve("hr"));
        Files.writeString(other.resolve("leave.md"), "# Leave\nAsk your manager for leave.");

        IngestReport report = ingester.ingest(List.of(other, temp.resolve("missing")), IngestListener.NONE);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.removed()).isZero();
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo(temp.resolve("missing").toString());
            assertThat(failure.reason()).isEqualTo("does not exist");
        });
        assertThat(index.documents()).containsKeys("leave.md", "parking.txt");
        assertThat(index.documents().get("leave.md").source()).isEqualTo(DocumentIngester.sourceKey(other));
    }

    @Test
    void readsAKnowledgeBaseInsideAZipFile() throws IOException {
        Path zip = temp.resolve("bundle.jar");
        try (FileSystem writable = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path folder = Files.createDirectories(writable.getPath("/sample-kb/it"));
            Files.writeString(folder.resolve("wifi.md"), "# Wi-Fi\nJoin the Corp network with your badge number.");
        }
        try (FileSystem bundle = FileSystems.newFileSystem(zip)) {
            IngestReport report = ingester.ingest(List.of(bundle.getPath("/sample-kb")), IngestListener.NONE);

            assertThat(report.failures()).isEmpty();
            assertThat(report.added()).isEqualTo(1);
            IndexedDocument wifi = index.documents().get("it/wifi.md");
            assertThat(wifi.source()).isEqualTo("jar:/sample-kb");
        }
    }
}
