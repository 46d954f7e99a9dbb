package dev.baton.knowledge.index.qdrant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.embedding.Vectors;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.IndexCopy;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import dev.baton.knowledge.ingest.Passages;
import io.qdrant.client.grpc.Points.UpsertPoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a speed check: prints how fast {@code reindex} copies a Lucene index into Qdrant
 * over loopback gRPC (Baton's side: reading Lucene, analysing words, encoding, sending; the fake
 * Qdrant stores in memory, so a real cluster's indexing time comes on top) and how large a point
 * is on the wire. Run: ./mvnw -B -o -pl knowledge -am test -Dtest=TestQdrantCopyThroughput
 */
@Tag("slow")
class TestQdrantCopyThroughput {
    private static final int DOCUMENTS = 600;
    private static final int CHUNKS_PER_DOCUMENT = 5;
    private static final int DIMENSIONS = 384;
    private static final String[] WORDS = ("reset password vpn portal account printer install client error update "
            + "network laptop email calendar license invoice payroll access token admin console backup restore "
            + "policy security phone screen driver wifi router proxy certificate browser cache login session").split(" ");

    @Test
    void copyThroughput() throws Exception {
        HybridFusion fusion = new HybridFusion(FusionMethod.WEIGHTED, 1, 0.05, 60);
        Random random = new Random(42);
        try (FakeQdrant qdrant = new FakeQdrant(); LuceneVectorIndex lucene = LuceneVectorIndex.inMemory(fusion, 50)) {
            List<IndexedChunk> chunks = new ArrayList<>();
            for (int d = 0; d < DOCUMENTS; d++) {
                for (int p = 0; p < CHUNKS_PER_DOCUMENT; p++) {
                    chunks.add(chunk(random, "doc-" + d, p));
                }
            }
            lucene.upsert(chunks);
            lucene.commit();
            var settings = SettingsLoader.load(Optional.empty(),
                    Map.of("QDRANT_URL", "http://127.0.0.1:" + qdrant.port()), getClass().getClassLoader());
            QdrantConfig config = QdrantConfig.from(settings);

            try (QdrantVectorIndex target = QdrantVectorIndex.open(config, DIMENSIONS, fusion, 50)) {
                long start = System.nanoTime();
                IndexCopy.Report report = new IndexCopy(lucene, target, config.upsertBatchSize()).run(IndexCopy.Listener.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                long resumeStart = System.nanoTime();
                IndexCopy.Report again = new IndexCopy(lucene, target, config.upsertBatchSize()).run(IndexCopy.Listener.NONE);
                double resumeSeconds = (System.nanoTime() - resumeStart) / 1e9;

                List<UpsertPoints> upserts = qdrant.requests(UpsertPoints.class);
                double bytesPerPoint = upserts.stream().mapToLong(UpsertPoints::getSerializedSize).sum()
                        / (double) report.chunksWritten();
                System.out.printf("reindex benchmark: %d chunks (%d documents, %d dims) copied in %.2f s = %.0f chunks/s;"
                                + " %d upsert requests; %.0f bytes per point on the wire; second run (all skipped) %.2f s%n",
                        report.chunksWritten(), report.documents(), DIMENSIONS, seconds, report.chunksWritten() / seconds,
                        upserts.size(), bytesPerPoint, resumeSeconds);
                assertThat(report.chunksWritten()).isEqualTo(DOCUMENTS * CHUNKS_PER_DOCUMENT);
                assertThat(again.skipped()).isEqualTo(DOCUMENTS);
                assertThat(target.size()).isEqualTo(DOCUMENTS * CHUNKS_PER_DOCUMENT);
            }
        }
    }

    private static IndexedChunk chunk(Random random, String document, int position) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        Chunk chunk = new Chunk(document + "#" + position, document, "Title of " + document, "kb/" + document + ".md",
                "Section " + position, position, text.toString().strip(), Optional.empty(), Set.of(), ChunkKind.DOCUMENT);
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        assertThat(Passages.searchableText(chunk)).isNotBlank();
        return new IndexedChunk(chunk, Vectors.normalised(vector), "hash-" + document, "kb");
    }
}
