package dev.baton.knowledge.index.qdrant;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Secret;
import dev.baton.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of the Qdrant index, the {@code qdrant} section (see baton-defaults.conf). {@code host},
 * {@code port} and {@code tls} are the gRPC endpoint resolved from {@code qdrant.url} and {@code
 * qdrant.tls}; the sharding settings apply only when Baton creates the collection.
 */
public record QdrantConfig(
        String host,
        int port,
        boolean tls,
        Optional<Secret> apiKey,
        String collection,
        Duration timeout,
        QdrantDistance distance,
        int hnswM,
        int hnswEfConstruct,
        boolean onDiskVectors,
        boolean onDiskPayload,
        int upsertBatchSize,
        int shardNumber,
        int replicationFactor,
        int writeConsistencyFactor) {
    public static final String URL = "qdrant.url";
    public static final String API_KEY = "qdrant.api-key";
    public static final String COLLECTION = "qdrant.collection";
    public static final String TLS = "qdrant.tls";
    public static final String TIMEOUT = "qdrant.timeout";
    public static final String DISTANCE = "qdrant.distance";
    public static final String HNSW_M = "qdrant.hnsw.m";
    public static final String HNSW_EF_CONSTRUCT = "qdrant.hnsw.ef-construct";
    public static final String ON_DISK_VECTORS = "qdrant.on-disk-vectors";
    public static final String ON_DISK_PAYLOAD = "qdrant.on-disk-payload";
    public static final String UPSERT_BATCH_SIZE = "qdrant.upsert-batch-size";
    public static final String SHARD_NUMBER = "qdrant.shard-number";
    public static final String REPLICATION_FACTOR = "qdrant.replication-factor";
    public static final String WRITE_CONSISTENCY_FACTOR = "qdrant.write-consistency-factor";

    /** Qdrant's gRPC port. */
    public static final int DEFAULT_PORT = 6334;

    static final Duration MIN_TIMEOUT = Duration.ofMillis(10);
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern COLLECTION_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,255}");

    public QdrantConfig {
        requireNonNull(host, "host is null");
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(collection, "collection is null");
        requireNonNull(timeout, "timeout is null");
        requireNonNull(distance, "distance is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 1 to 65535: " + port);
        }
        if (!COLLECTION_NAME.matcher(collection).matches()) {
            throw new IllegalArgumentException("collection must be 1 to 255 letters, digits, '-', '_' or '.': " + collection);
        }
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be from " + MIN_TIMEOUT + " to " + MAX_TIMEOUT + ": " + timeout);
        }
        if (hnswM < 4 || hnswM > 128 || hnswEfConstruct < 4 || hnswEfConstruct > 1000) {
            throw new IllegalArgumentException("hnsw m must be from 4 to 128 and ef-construct from 4 to 1000");
        }
        if (upsertBatchSize < 1 || upsertBatchSize > 10_000) {
            throw new IllegalArgumentException("upsertBatchSize must be from 1 to 10000: " + upsertBatchSize);
        }
        if (shardNumber < 1 || replicationFactor < 1 || writeConsistencyFactor < 1
                || writeConsistencyFactor > replicationFactor) {
            throw new IllegalArgumentException("shards and replicas must be >= 1 and write consistency at most the replicas");
        }
    }

    /** Reads the {@code qdrant} section; problems are recorded in {@code settings}, never thrown. */
    public static QdrantConfig from(Settings settings) {
        Optional<URI> url = settings.optionalUrl(URL);
        if (url.isEmpty() && settings.optionalString(URL).isEmpty()) {
            settings.report(URL, "must be Qdrant's gRPC address, such as http://localhost:6334 (environment variable QDRANT_URL)");
        }
        URI endpoint = url.orElse(URI.create("http://localhost:" + DEFAULT_PORT));
        if (url.isPresent() && !(endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() || endpoint.getRawPath().equals("/"))) {
            settings.report(URL, "must not have a path: Qdrant's gRPC API lives at the root, such as http://qdrant:6334");
        }
        QdrantTls tlsMode = settings.choice(TLS, QdrantTls.class);
        boolean https = endpoint.getScheme().equals("https");
        boolean tls = switch (tlsMode) {
            case AUTO -> https;
            case ON -> true;
            case OFF -> false;
        };
        if (https && tlsMode == QdrantTls.OFF) {
            settings.report(TLS, "is off but " + URL + " is https://: use an http:// URL, or set " + TLS + " to auto");
        }
        String collection = settings.string(COLLECTION).strip();
        if (!COLLECTION_NAME.matcher(collection).matches()) {
            settings.report(COLLECTION, "must be 1 to 255 letters, digits, '-', '_' or '.', such as baton");
            collection = "baton";
        }
        int replicationFactor = settings.integer(REPLICATION_FACTOR, 1, 10);
        int writeConsistency = settings.integer(WRITE_CONSISTENCY_FACTOR, 1, 10);
        if (writeConsistency > replicationFactor) {
            settings.report(WRITE_CONSISTENCY_FACTOR, "must be at most " + REPLICATION_FACTOR + " (" + replicationFactor
                    + "): a write cannot wait for more copies than exist");
            writeConsistency = replicationFactor;
        }
        return new QdrantConfig(
                endpoint.getHost(),
                endpoint.getPort() == -1 ? DEFAULT_PORT : endpoint.getPort(),
                tls,
                settings.secret(API_KEY),
                collection,
                settings.duration(TIMEOUT, MIN_TIMEOUT, MAX_TIMEOUT),
                settings.choice(DISTANCE, QdrantDistance.class),
                settings.integer(HNSW_M, 4, 128),
                settings.integer(HNSW_EF_CONSTRUCT, 4, 1000),
                settings.flag(ON_DISK_VECTORS),
                settings.flag(ON_DISK_PAYLOAD),
                settings.integer(UPSERT_BATCH_SIZE, 1, 10_000),
                settings.integer(SHARD_NUMBER, 1, 1000),
                replicationFactor,
                writeConsistency);
    }

    /** The endpoint as shown in messages: scheme, host and port, never the key. */
    public String endpoint() {
        return (tls ? "https://" : "http://") + host + ":" + port;
    }
}
