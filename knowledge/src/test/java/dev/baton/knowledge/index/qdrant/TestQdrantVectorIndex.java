package dev.baton.knowledge.index.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ErrorCategory;
import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.index.SearchRequest;
import dev.baton.knowledge.ingest.ChunkKind;
import io.grpc.Status;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.CreateFieldIndexCollection;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.FieldType;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PrefetchQuery;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.UpsertPoints;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Qdrant index against a fake Qdrant on 127.0.0.1: the contract, plus what Baton sends and how it fails. */
class TestQdrantVectorIndex extends QdrantIndexContract {
    private FakeQdrant qdrant;

    @BeforeEach
    void startFake() {
        qdrant = new FakeQdrant();
    }

    @AfterEach
    void stopFake() throws InterruptedException {
        qdrant.close();
    }

    @Override
    Map<String, String> qdrantEnvironment() {
        return Map.of("QDRANT_URL", "http://127.0.0.1:" + qdrant.port());
    }

    @Override
    void dropCollection(String name) {
        qdrant.collections.remove(name);
    }

    @Test
    void bootstrapCreatesTheCollectionFromTheSettingsAndIndexesEveryFilterField() {
        open(config(Map.of("BATON_QDRANT_HNSW_M", "32", "BATON_QDRANT_HNSW_EF_CONSTRUCT", "200",
                "BATON_QDRANT_ON_DISK_VECTORS", "true", "BATON_QDRANT_SHARD_NUMBER", "6",
                "BATON_QDRANT_REPLICATION_FACTOR", "3", "BATON_QDRANT_WRITE_CONSISTENCY_FACTOR", "2",
                "BATON_QDRANT_DISTANCE", "dot")));

        CreateCollection create = qdrant.requests(CreateCollection.class).get(0);
        VectorParams dense = create.getVectorsConfig().getParamsMap().getMapOrThrow("dense");
        assertThat(dense.getSize()).isEqualTo(model.dimensions());
        assertThat(dense.getDistance()).isEqualTo(Distance.Dot);
        assertThat(dense.getOnDisk()).isTrue();
        assertThat(create.getSparseVectorsConfig().getMapOrThrow("text").getModifier()).isEqualTo(Modifier.Idf);
        assertThat(create.getHnswConfig().getM()).isEqualTo(32);
        assertThat(create.getHnswConfig().getEfConstruct()).isEqualTo(200);
        assertThat(create.getOnDiskPayload()).isTrue();
        assertThat(create.getShardNumber()).isEqualTo(6);
        assertThat(create.getReplicationFactor()).isEqualTo(3);
        assertThat(create.getWriteConsistencyFactor()).isEqualTo(2);
        assertThat(qdrant.requests(CreateFieldIndexCollection.class))
                .allSatisfy(index -> {
                    assertThat(index.getFieldType()).isEqualTo(FieldType.FieldTypeKeyword);
                    assertThat(index.getWait()).isTrue();
                })
                .extracting(CreateFieldIndexCollection::getFieldName)
                .containsExactlyInAnyOrder("document_id", "product_key", "access_keys", "kind");

        open(config(Map.of("BATON_QDRANT_DISTANCE", "dot")));
        assertThat(qdrant.requests(CreateCollection.class)).hasSize(1);
        assertThat(qdrant.requests(CreateFieldIndexCollection.class)).hasSize(4);
    }

    @Test
    void upsertsAreSentInBatchesWithDeterministicIdsAndWait() {
        QdrantVectorIndex index = open(config(Map.of("BATON_QDRANT_UPSERT_BATCH_SIZE", "2")));

        index.upsert(corpus());

        List<UpsertPoints> upserts = qdrant.requests(UpsertPoints.class);
        assertThat(upserts).extracting(UpsertPoints::getPointsCount).containsExactly(2, 2, 1);
        assertThat(upserts).allSatisfy(upsert -> assertThat(upsert.getWait()).isTrue());
        PointStruct first = upserts.get(0).getPoints(0);
        assertThat(first.getId()).isEqualTo(ChunkPoints.pointId("vpn#0"));
        assertThat(first.getId().getUuid()).isEqualTo(UUID.nameUUIDFromBytes(
                "baton-chunk:vpn#0".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(first.getVectors().getVectors().getVectorsMap()).containsOnlyKeys("dense", "text");
        assertThat(upserts.get(1).getPoints(1).getPayloadMap().get("access_keys").getListValue().getValuesList())
                .extracting(value -> value.getStringValue()).containsExactly("admins", "it");
    }

    @Test
    void searchIsOneQueryWithDenseAndSparsePrefetchesFusedByTheServer() {
        QdrantVectorIndex index = open();
        index.upsert(corpus());
        SearchFilter filter = new SearchFilter(Optional.of("VPN"), Set.of("Finance"), EnumSet.of(ChunkKind.DOCUMENT));

        index.search(request("reset the password", filter, 3));

        QueryPoints query = qdrant.requests(QueryPoints.class).get(0);
        Filter visibility = ChunkPoints.visibility(filter);
        assertThat(query.getPrefetchList()).extracting(PrefetchQuery::getUsing).containsExactly("dense", "text");
        assertThat(query.getPrefetchList()).allSatisfy(prefetch -> {
            assertThat(prefetch.getFilter()).isEqualTo(visibility);
            assertThat(prefetch.getLimit()).isEqualTo(CANDIDATES);
        });
        assertThat(query.getPrefetch(0).getQuery().getNearest().getDense().getDataCount()).isEqualTo(model.dimensions());
        assertThat(query.getPrefetch(1).getQuery().getNearest().getSparse().getIndicesList())
                .containsExactlyInAnyOrder(TextSparseVectors.hash("reset"), TextSparseVectors.hash("password"));
        assertThat(query.getQuery().getRrf().getK()).isEqualTo(FUSION.rrfK() + 1);
        assertThat(query.getQuery().getRrf().getWeightsList()).containsExactly(1f, 0.1f);
        assertThat(query.getFilter()).isEqualTo(visibility);
        assertThat(query.getWithVectors().getInclude().getNamesList()).containsExactly("dense", "text");
        assertThat(visibility.toString())
                .contains("access_keys").contains("finance").contains("product_key").contains("vpn").contains("DOCUMENT");
    }

    @Test
    void aQuestionOfStopWordsOnlySearchesByMeaningAlone() {
        QdrantVectorIndex index = open();
        index.upsert(corpus());

        assertThat(index.search(request("is it the", SearchFilter.everything(), 3))).hasSize(3);
        assertThat(qdrant.requests(QueryPoints.class).get(0).getPrefetchList()).extracting(PrefetchQuery::getUsing)
                .containsExactly("dense");
    }

    @Test
    void deleteByDocumentFiltersOnTheDocumentId() {
        QdrantVectorIndex index = open();
        index.upsert(corpus());

        index.deleteDocument("vpn");

        DeletePoints delete = qdrant.requests(DeletePoints.class).get(0);
        assertThat(delete.getWait()).isTrue();
        assertThat(delete.getPoints().getFilter()).isEqualTo(Filter.newBuilder().addMust(matchKeyword("document_id", "vpn")).build());
    }

    @Test
    void theApiKeyIsSentWithEveryCall() {
        open(config(Map.of("QDRANT_API_KEY", "qdrant-key-123"))).size();

        assertThat(qdrant.apiKeys).isNotEmpty().containsOnly("qdrant-key-123");
    }

    @Test
    void anUnavailableQdrantIsAnExternalErrorNamingTheEndpoint() {
        QdrantVectorIndex index = open();
        index.upsert(corpus());
        qdrant.failNext(Status.UNAVAILABLE.withDescription("shutting down"), 1);

        assertThatThrownBy(() -> index.search(request("password", SearchFilter.everything(), 3)))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(KnowledgeErrorCode.INDEX_UNAVAILABLE);
                    assertThat(e.code().category()).isEqualTo(ErrorCategory.EXTERNAL);
                })
                .hasMessageContaining("cannot search Qdrant at http://127.0.0.1:" + qdrant.port())
                .hasMessageContaining("unreachable (UNAVAILABLE: shutting down)")
                .hasMessageContaining("QDRANT_URL");
        assertThat(index.search(request("password", SearchFilter.everything(), 3))).isNotEmpty();
    }

    @Test
    void anUnavailableQdrantReachesWhoeverAsksForAnAnswerAsAnExternalErrorNotAnEmptyAnswer() {
        QdrantVectorIndex index = open();
        index.upsert(corpus());
        dev.baton.knowledge.answer.ExtractiveAnswerer answerer = new dev.baton.knowledge.answer.ExtractiveAnswerer(model,
                new dev.baton.knowledge.answer.ConfidenceEstimator(dev.baton.knowledge.answer.ConfidenceEstimator.FITTED),
                0.3, 3, 2);
        dev.baton.knowledge.KnowledgeBase knowledge = new dev.baton.knowledge.DefaultKnowledgeBase(
                new dev.baton.knowledge.ingest.DocumentIngester(index, model,
                        new dev.baton.knowledge.ingest.Chunker(1000, 150), 32), index, model, answerer, 3);
        qdrant.failNext(Status.UNAVAILABLE.withDescription("connection refused"), 1);

        // The assistant tells the person and offers a human on this error; an empty answer would read as "not covered".
        assertThatThrownBy(() -> knowledge.answer(dev.baton.knowledge.answer.Question.of("How do I reset my password?")))
                .isInstanceOfSatisfying(KnowledgeException.class,
                        e -> assertThat(e.code()).isEqualTo(KnowledgeErrorCode.INDEX_UNAVAILABLE));
    }

    @Test
    void aStoppedQdrantFailsStartUpClearly() throws InterruptedException {
        QdrantConfig config = config(Map.of("BATON_QDRANT_TIMEOUT", "2s"));
        qdrant.close();

        assertThatThrownBy(() -> QdrantVectorIndex.open(config, model.dimensions(), FUSION, CANDIDATES))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.code())
                        .isIn(KnowledgeErrorCode.INDEX_UNAVAILABLE, KnowledgeErrorCode.INDEX_TIMEOUT))
                .hasMessageContaining("cannot check the collection in Qdrant at " + config.endpoint());
    }

    @Test
    void tlsOnSpeaksTlsToTheServer() {
        // The fake speaks plaintext HTTP/2: a TLS handshake against it must fail, proving TLS is on.
        QdrantConfig config = config(Map.of("BATON_QDRANT_TLS", "on", "BATON_QDRANT_TIMEOUT", "2s"));

        assertThat(config.endpoint()).startsWith("https://");
        assertThatThrownBy(() -> QdrantVectorIndex.open(config, model.dimensions(), FUSION, CANDIDATES))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.code())
                        .isIn(KnowledgeErrorCode.INDEX_UNAVAILABLE, KnowledgeErrorCode.INDEX_TIMEOUT));
        assertThat(qdrant.requests).isEmpty();
    }

    @Test
    void aSlowQdrantTimesOutWithinTheConfiguredTimeout() {
        QdrantVectorIndex index = open(config(Map.of("BATON_QDRANT_TIMEOUT", "300ms")));
        qdrant.delay(Duration.ofMillis(1500));

        assertThatThrownBy(() -> index.size())
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(KnowledgeErrorCode.INDEX_TIMEOUT);
                    assertThat(e.code().category()).isEqualTo(ErrorCategory.EXTERNAL);
                })
                .hasMessageContaining("no answer within 300 ms (qdrant.timeout)");
        qdrant.delay(Duration.ZERO);
    }

    @Test
    void aForeignCollectionIsRefusedWithEveryDifferenceListed() {
        qdrant.collections.put(collection, new FakeCollection(CreateCollection.newBuilder()
                .setCollectionName(collection)
                .setVectorsConfig(VectorsConfig.newBuilder().setParams(VectorParams.newBuilder()
                        .setSize(768).setDistance(Distance.Euclid)))
                .build()));

        assertThatThrownBy(() -> open())
                .isInstanceOfSatisfying(KnowledgeException.class, e -> assertThat(e.code())
                        .isEqualTo(KnowledgeErrorCode.INDEX_SCHEMA_MISMATCH))
                .hasMessageContaining("the Qdrant collection " + collection)
                .hasMessageContaining("it has one unnamed dense vector, Baton needs a named vector \"dense\"")
                .hasMessageContaining("the sparse vector \"text\" (the words, for hybrid search) is missing")
                .hasMessageContaining("Set qdrant.collection to a new name");
        assertThat(qdrant.requests(CreateCollection.class)).isEmpty();
    }

    @Test
    void rrfFusionKeepsTheServersOrder() {
        QdrantVectorIndex index = QdrantVectorIndex.open(config(Map.of()), model.dimensions(),
                new HybridFusion(FusionMethod.RRF, 1, 1, 60), CANDIDATES);
        opened.add(index);
        index.upsert(corpus());

        SearchRequest request = request("reset VPN password portal", SearchFilter.everything(), 2);
        List<ScoredChunk> results = index.search(request);

        assertThat(qdrant.requests(QueryPoints.class).get(0).getLimit()).isEqualTo(2);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).chunk().id()).isEqualTo("vpn#0");
        assertThat(results.get(0).score()).isGreaterThan(results.get(1).score());
    }
}
