package dev.baton.knowledge.index.qdrant;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.qdrant.client.grpc.Collections.CollectionConfig;
import io.qdrant.client.grpc.Collections.CollectionExists;
import io.qdrant.client.grpc.Collections.CollectionExistsRequest;
import io.qdrant.client.grpc.Collections.CollectionExistsResponse;
import io.qdrant.client.grpc.Collections.CollectionInfo;
import io.qdrant.client.grpc.Collections.CollectionOperationResponse;
import io.qdrant.client.grpc.Collections.CollectionParams;
import io.qdrant.client.grpc.Collections.CollectionStatus;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.DeleteCollection;
import io.qdrant.client.grpc.Collections.GetCollectionInfoRequest;
import io.qdrant.client.grpc.Collections.GetCollectionInfoResponse;
import io.qdrant.client.grpc.Collections.PayloadSchemaInfo;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.CollectionsGrpc;
import io.qdrant.client.grpc.Points.CountPoints;
import io.qdrant.client.grpc.Points.CountResponse;
import io.qdrant.client.grpc.Points.CountResult;
import io.qdrant.client.grpc.Points.CreateFieldIndexCollection;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsOperationResponse;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.QueryResponse;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.UpdateResult;
import io.qdrant.client.grpc.Points.UpdateStatus;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.PointsGrpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for Qdrant that speaks its real gRPC protocol over HTTP/2 on 127.0.0.1 (the service
 * base classes ship in io.qdrant:client). It keeps collections in memory, records every request
 * Baton sends, and can be told to fail or to be slow.
 */
final class FakeQdrant implements AutoCloseable {
    static final Metadata.Key<String> API_KEY = Metadata.Key.of("api-key", Metadata.ASCII_STRING_MARSHALLER);

    final Map<String, FakeCollection> collections = new ConcurrentHashMap<>();
    final List<Object> requests = new CopyOnWriteArrayList<>();
    final List<String> apiKeys = new CopyOnWriteArrayList<>();
    private final AtomicReference<Status> failure = new AtomicReference<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Server server;

    FakeQdrant() {
        ServerInterceptor keys = new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
                String key = headers.get(API_KEY);
                apiKeys.add(key == null ? "" : key);
                return next.startCall(call, headers);
            }
        };
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .executor(executor)
                    .addService(ServerInterceptors.intercept(new Collections(), keys))
                    .addService(ServerInterceptors.intercept(new Points(), keys))
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getPort();
    }

    /** The next {@code times} calls fail with {@code status}. */
    void failNext(Status status, int times) {
        failure.set(status);
        failures.set(times);
    }

    /** Every later call waits this long before answering. */
    void delay(Duration wait) {
        delay.set(wait);
    }

    <T> List<T> requests(Class<T> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(5, TimeUnit.SECONDS);
        executor.shutdownNow();
    }

    /** Records the request; answers with the injected failure, if any, after the injected delay. */
    private boolean failed(Object request, StreamObserver<?> response) {
        requests.add(request);
        try {
            Thread.sleep(delay.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            response.onError(failure.get().asRuntimeException());
            return true;
        }
        return false;
    }

    private FakeCollection collection(String name, StreamObserver<?> response) {
        FakeCollection collection = collections.get(name);
        if (collection == null) {
            response.onError(Status.NOT_FOUND.withDescription("Collection `" + name + "` doesn't exist!").asRuntimeException());
        }
        return collection;
    }

    private static <T> void reply(StreamObserver<T> response, T value) {
        response.onNext(value);
        response.onCompleted();
    }

    private static PointsOperationResponse completed() {
        return PointsOperationResponse.newBuilder()
                .setResult(UpdateResult.newBuilder().setStatus(UpdateStatus.Completed).setOperationId(1)).build();
    }

    private final class Collections extends CollectionsGrpc.CollectionsImplBase {
        @Override
        public void collectionExists(CollectionExistsRequest request, StreamObserver<CollectionExistsResponse> response) {
            if (!failed(request, response)) {
                reply(response, CollectionExistsResponse.newBuilder().setResult(CollectionExists.newBuilder()
                        .setExists(collections.containsKey(request.getCollectionName()))).build());
            }
        }

        @Override
        public void create(CreateCollection request, StreamObserver<CollectionOperationResponse> response) {
            if (!failed(request, response)) {
                collections.putIfAbsent(request.getCollectionName(), new FakeCollection(request));
                reply(response, CollectionOperationResponse.newBuilder().setResult(true).build());
            }
        }

        @Override
        public void delete(DeleteCollection request, StreamObserver<CollectionOperationResponse> response) {
            if (!failed(request, response)) {
                reply(response, CollectionOperationResponse.newBuilder()
                        .setResult(collections.remove(request.getCollectionName()) != null).build());
            }
        }

        @Override
        public void get(GetCollectionInfoRequest request, StreamObserver<GetCollectionInfoResponse> response) {
            if (failed(request, response)) {
                return;
            }
            FakeCollection collection = collection(request.getCollectionName(), response);
            if (collection != null) {
                CreateCollection definition = collection.definition;
                CollectionInfo.Builder info = CollectionInfo.newBuilder()
                        .setStatus(CollectionStatus.Green)
                        .setConfig(CollectionConfig.newBuilder().setParams(CollectionParams.newBuilder()
                                .setVectorsConfig(definition.getVectorsConfig())
                                .setSparseVectorsConfig(definition.getSparseVectorsConfig())
                                .setShardNumber(definition.getShardNumber())
                                .setReplicationFactor(definition.getReplicationFactor())
                                .setOnDiskPayload(definition.getOnDiskPayload())));
                collection.payloadIndexes.forEach(field -> info.putPayloadSchema(field,
                        PayloadSchemaInfo.newBuilder().setDataType(PayloadSchemaType.Keyword).build()));
                reply(response, GetCollectionInfoResponse.newBuilder().setResult(info).build());
            }
        }
    }

    private final class Points extends PointsGrpc.PointsImplBase {
        @Override
        public void upsert(UpsertPoints request, StreamObserver<PointsOperationResponse> response) {
            FakeCollection collection;
            if (!failed(request, response) && (collection = collection(request.getCollectionName(), response)) != null) {
                collection.upsert(request.getPointsList());
                reply(response, completed());
            }
        }

        @Override
        public void delete(DeletePoints request, StreamObserver<PointsOperationResponse> response) {
            FakeCollection collection;
            if (!failed(request, response) && (collection = collection(request.getCollectionName(), response)) != null) {
                collection.delete(request.getPoints().getFilter());
                reply(response, completed());
            }
        }

        @Override
        public void createFieldIndex(CreateFieldIndexCollection request, StreamObserver<PointsOperationResponse> response) {
            FakeCollection collection;
            if (!failed(request, response) && (collection = collection(request.getCollectionName(), response)) != null) {
                collection.payloadIndexes.add(request.getFieldName());
                reply(response, completed());
            }
        }

        @Override
        public void count(CountPoints request, StreamObserver<CountResponse> response) {
            FakeCollection collection;
            if (!failed(request, response) && (collection = collection(request.getCollectionName(), response)) != null) {
                reply(response, CountResponse.newBuilder().setResult(CountResult.newBuilder()
                        .setCount(collection.matching(request.getFilter()).size())).build());
            }
        }

        @Override
        public void scroll(ScrollPoints request, StreamObserver<ScrollResponse> response) {
            FakeCollection collection;
            if (failed(request, response) || (collection = collection(request.getCollectionName(), response)) == null) {
                return;
            }
            String from = request.hasOffset() ? request.getOffset().getUuid() : "";
            List<PointStruct> page = collection.matching(request.getFilter()).stream()
                    .filter(point -> point.getId().getUuid().compareTo(from) >= 0)
                    .limit(request.getLimit() + 1L)
                    .toList();
            ScrollResponse.Builder out = ScrollResponse.newBuilder();
            page.stream().limit(request.getLimit()).forEach(point -> out.addResult(RetrievedPoint.newBuilder()
                    .setId(point.getId())
                    .putAllPayload(FakeCollection.payload(point, request.getWithPayload()))
                    .setVectors(FakeCollection.vectors(point, request.getWithVectors()))));
            if (page.size() > request.getLimit()) {
                out.setNextPageOffset(page.get(request.getLimit()).getId());
            }
            reply(response, out.build());
        }

        @Override
        public void query(QueryPoints request, StreamObserver<QueryResponse> response) {
            FakeCollection collection;
            if (!failed(request, response) && (collection = collection(request.getCollectionName(), response)) != null) {
                reply(response, QueryResponse.newBuilder().addAllResult(collection.query(request)).build());
            }
        }
    }
}
