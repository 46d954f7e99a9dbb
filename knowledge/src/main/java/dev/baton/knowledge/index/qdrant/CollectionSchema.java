package dev.baton.knowledge.index.qdrant;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CollectionParams;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.HnswConfigDiff;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.SparseVectorConfig;
import io.qdrant.client.grpc.Collections.SparseVectorParams;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorParamsMap;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection layout Baton needs, created when missing and checked when present: a named dense
 * vector of the embedding model's dimensions, a sparse vector of words with Qdrant-side IDF, and a
 * keyword payload index on every field a search or delete filters on. A collection that differs is
 * refused with every difference listed, rather than used and found wrong at the first search.
 */
final class CollectionSchema {
    private static final Logger LOG = LoggerFactory.getLogger(CollectionSchema.class);

    private final QdrantClient client;
    private final QdrantCalls calls;
    private final QdrantConfig config;
    private final int dimensions;

    CollectionSchema(QdrantClient client, QdrantCalls calls, QdrantConfig config, int dimensions) {
        this.client = requireNonNull(client, "client is null");
        this.calls = requireNonNull(calls, "calls is null");
        this.config = requireNonNull(config, "config is null");
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be >= 1: " + dimensions);
        }
        this.dimensions = dimensions;
    }

    /** Creates the collection if it is missing, checks it otherwise, then makes sure the payload indexes exist. */
    void ensure() {
        String name = config.collection();
        boolean exists = calls.await("check the collection in", client.collectionExistsAsync(name, calls.timeout()));
        if (!exists) {
            calls.await("create the collection in", client.createCollectionAsync(creation(), calls.timeout()));
            LOG.info("Created the Qdrant collection {} ({} dimensions, {}, {} shard(s) x {} replica(s))",
                    name, dimensions, config.distance(), config.shardNumber(), config.replicationFactor());
        }
        CollectionInfo info = calls.await("read the collection from", client.getCollectionInfoAsync(name, calls.timeout()));
        List<String> differences = differences(info.getConfig().getParams());
        if (!differences.isEmpty()) {
            throw new KnowledgeException(KnowledgeErrorCode.INDEX_SCHEMA_MISMATCH,
                    "the Qdrant collection " + name + " at " + config.endpoint() + " does not fit Baton's settings: "
                            + String.join("; ", differences) + ". Set qdrant.collection to a new name (Baton creates it)"
                            + " or delete this collection, then run `baton reindex --to qdrant`");
        }
        for (String field : ChunkPoints.FILTER_FIELDS) {
            if (!info.getPayloadSchemaMap().containsKey(field)) {
                calls.await("create the payload index " + field + " in", client.createPayloadIndexAsync(
                        name, field, PayloadSchemaType.Keyword, null, true, null, calls.timeout()));
            }
        }
    }

    CreateCollection creation() {
        return CreateCollection.newBuilder()
                .setCollectionName(config.collection())
                .setVectorsConfig(VectorsConfig.newBuilder().setParamsMap(VectorParamsMap.newBuilder()
                        .putMap(ChunkPoints.DENSE, VectorParams.newBuilder()
                                .setSize(dimensions)
                                .setDistance(distance())
                                .setOnDisk(config.onDiskVectors())
                                .build())))
                .setSparseVectorsConfig(SparseVectorConfig.newBuilder()
                        .putMap(ChunkPoints.TEXT, SparseVectorParams.newBuilder().setModifier(Modifier.Idf).build()))
                .setHnswConfig(HnswConfigDiff.newBuilder().setM(config.hnswM()).setEfConstruct(config.hnswEfConstruct()))
                .setOnDiskPayload(config.onDiskPayload())
                .setShardNumber(config.shardNumber())
                .setReplicationFactor(config.replicationFactor())
                .setWriteConsistencyFactor(config.writeConsistencyFactor())
                .build();
    }

    /** What in an existing collection differs from what Baton writes and searches; empty when it fits. */
    List<String> differences(CollectionParams params) {
        List<String> differences = new ArrayList<>();
        VectorParams dense = params.getVectorsConfig().getParamsMap().getMapMap().get(ChunkPoints.DENSE);
        if (dense == null) {
            differences.add(params.getVectorsConfig().hasParams()
                    ? "it has one unnamed dense vector, Baton needs a named vector \"" + ChunkPoints.DENSE + "\""
                    : "the dense vector \"" + ChunkPoints.DENSE + "\" is missing");
        } else {
            if (dense.getSize() != dimensions) {
                differences.add("the dense vector has " + dense.getSize() + " dimensions, the embedding model makes "
                        + dimensions);
            }
            if (dense.getDistance() != distance()) {
                differences.add("the dense vector's distance is " + dense.getDistance() + ", qdrant.distance is "
                        + distance());
            }
        }
        SparseVectorParams sparse = params.getSparseVectorsConfig().getMapMap().get(ChunkPoints.TEXT);
        if (sparse == null) {
            differences.add("the sparse vector \"" + ChunkPoints.TEXT + "\" (the words, for hybrid search) is missing");
        } else if (sparse.getModifier() != Modifier.Idf) {
            differences.add("the sparse vector \"" + ChunkPoints.TEXT + "\" has modifier " + sparse.getModifier()
                    + ", Baton needs Idf");
        }
        return differences;
    }

    private Distance distance() {
        return switch (config.distance()) {
            case COSINE -> Distance.Cosine;
            case DOT -> Distance.Dot;
        };
    }
}
