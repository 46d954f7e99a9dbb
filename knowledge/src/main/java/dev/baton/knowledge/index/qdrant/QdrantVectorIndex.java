package dev.baton.knowledge.index.qdrant;

import static io.qdrant.client.WithPayloadSelectorFactory.include;
import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.embedding.Vectors;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.IndexedDocument;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchRequest;
import dev.baton.knowledge.index.VectorIndex;
import dev.baton.knowledge.ingest.Passages;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsSelector;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.Points.WithPayloadSelector;
import io.qdrant.client.grpc.Points.WithVectorsSelector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on a Qdrant cluster, over gRPC. Writes wait until Qdrant has applied them ({@code wait =
 * true}), so {@link #commit()} has nothing left to do and every replica sees them at once. Every call
 * has a deadline of {@code qdrant.timeout}; a Qdrant that is down or slow fails the call with an
 * external {@link KnowledgeException} ({@code INDEX_UNAVAILABLE} or {@code INDEX_TIMEOUT}). Thread-safe:
 * the gRPC client is.
 */
public final class QdrantVectorIndex implements VectorIndex {
    private static final Logger LOG = LoggerFactory.getLogger(QdrantVectorIndex.class);
    /** Points read per scroll request when listing documents or reading a document's chunks. */
    static final int SCROLL_PAGE = 1000;

    private final QdrantClient client;
    private final QdrantCalls calls;
    private final QdrantConfig config;
    private final TextSparseVectors words;
    private final QdrantHybridSearch search;
    private final AtomicBoolean closed = new AtomicBoolean();

    private QdrantVectorIndex(QdrantClient client, QdrantConfig config, HybridFusion fusion, int candidates) {
        this.client = client;
        this.config = config;
        this.calls = new QdrantCalls(config.endpoint(), config.collection(), config.timeout());
        this.words = new TextSparseVectors();
        this.search = new QdrantHybridSearch(config.collection(), words, fusion, candidates);
    }

    /**
     * Connects to Qdrant, creates the collection when it is missing and checks it otherwise (see
     * {@link CollectionSchema}). Fails with a KnowledgeException when Qdrant is unreachable or the
     * collection does not fit.
     */
    public static QdrantVectorIndex open(QdrantConfig config, int dimensions, HybridFusion fusion, int candidates) {
        requireNonNull(config, "config is null");
        // The version check would block here with its own RPC; the schema check below covers reachability.
        QdrantGrpcClient.Builder grpc = QdrantGrpcClient.newBuilder(config.host(), config.port(), config.tls(), false)
                .withTimeout(config.timeout());
        config.apiKey().ifPresent(key -> grpc.withApiKey(key.reveal()));
        return open(new QdrantClient(grpc.build()), config, dimensions, fusion, candidates);
    }

    /** As {@link #open(QdrantConfig, int, HybridFusion, int)}, on a client made elsewhere; the index closes it. */
    static QdrantVectorIndex open(QdrantClient client, QdrantConfig config, int dimensions, HybridFusion fusion, int candidates) {
        requireNonNull(fusion, "fusion is null");
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1: " + candidates);
        }
        QdrantVectorIndex index = new QdrantVectorIndex(client, config, fusion, candidates);
        try {
            new CollectionSchema(client, index.calls, config, dimensions).ensure();
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        LOG.info("Opened the Qdrant index {} at {} ({} chunks)", config.collection(), config.endpoint(), index.size());
        return index;
    }

    @Override
    public void upsert(List<IndexedChunk> chunks) {
        List<PointStruct> points = new ArrayList<>(chunks.size());
        for (IndexedChunk chunk : chunks) {
            points.add(ChunkPoints.toPoint(chunk, words.document(
                    Passages.searchableText(chunk.chunk()))));
        }
        for (int from = 0; from < points.size(); from += config.upsertBatchSize()) {
            List<PointStruct> batch = points.subList(from, Math.min(points.size(), from + config.upsertBatchSize()));
            calls.await("write chunks to", client.upsertAsync(UpsertPoints.newBuilder()
                    .setCollectionName(config.collection())
                    .setWait(true)
                    .addAllPoints(batch)
                    .build(), calls.timeout()));
        }
    }

    @Override
    public void deleteDocument(String documentId) {
        calls.await("delete a document from", client.deleteAsync(DeletePoints.newBuilder()
                .setCollectionName(config.collection())
                .setWait(true)
                .setPoints(PointsSelector.newBuilder().setFilter(ChunkPoints.ofDocument(documentId)))
                .build(), calls.timeout()));
    }

    @Override
    public Map<String, String> documentHashes() {
        Map<String, String> hashes = new HashMap<>();
        documents().forEach((id, document) -> hashes.put(id, document.hash()));
        return hashes;
    }

    @Override
    public Map<String, IndexedDocument> documents() {
        Map<String, IndexedDocument> documents = new HashMap<>();
        scroll(Optional.empty(), include(ChunkPoints.DOCUMENT_STATE_FIELDS), WithVectorsSelectorFactory.enable(false),
                point -> {
                    IndexedDocument document = ChunkPoints.toDocument(point.getPayloadMap());
                    documents.putIfAbsent(document.id(), document);
                });
        return documents;
    }

    @Override
    public List<IndexedChunk> chunksOf(String documentId) {
        List<IndexedChunk> chunks = new ArrayList<>();
        scroll(Optional.of(ChunkPoints.ofDocument(documentId)), WithPayloadSelectorFactory.enable(true),
                WithVectorsSelectorFactory.include(List.of(ChunkPoints.DENSE)),
                point -> chunks.add(ChunkPoints.toIndexedChunk(point.getPayloadMap(), point.getVectors())));
        chunks.sort(Comparator.comparingInt(chunk -> chunk.chunk().position()));
        return chunks;
    }

    @Override
    public List<ScoredChunk> search(SearchRequest request) {
        float[] vector = Vectors.normalised(request.vector());
        TextSparseVectors.Sparse query = search.queryWords(request);
        return search.results(request, vector, query,
                calls.await("search", client.queryAsync(search.request(request, vector, query), calls.timeout())));
    }

    @Override
    public long size() {
        return calls.await("count the chunks of", client.countAsync(config.collection(), null, true, calls.timeout()));
    }

    /** Writes are applied when {@link #upsert} returns ({@code wait = true}); nothing is pending. */
    @Override
    public void commit() {}

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            words.close();
            client.close();
        }
    }

    private void scroll(
            Optional<Filter> filter,
            WithPayloadSelector payload,
            WithVectorsSelector vectors,
            Consumer<RetrievedPoint> each) {
        Optional<PointId> offset = Optional.empty();
        while (true) {
            ScrollPoints.Builder request = ScrollPoints.newBuilder()
                    .setCollectionName(config.collection())
                    .setLimit(SCROLL_PAGE)
                    .setWithPayload(payload)
                    .setWithVectors(vectors);
            filter.ifPresent(request::setFilter);
            offset.ifPresent(request::setOffset);
            ScrollResponse response = calls.await("read the chunks of", client.scrollAsync(request.build(), calls.timeout()));
            response.getResultList().forEach(each);
            // A server that repeated an offset would otherwise keep this loop going for ever.
            if (!response.hasNextPageOffset() || offset.equals(Optional.of(response.getNextPageOffset()))) {
                return;
            }
            offset = Optional.of(response.getNextPageOffset());
        }
    }
}
