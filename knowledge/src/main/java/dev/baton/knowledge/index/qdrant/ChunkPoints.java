package dev.baton.knowledge.index.qdrant;

import static io.qdrant.client.ConditionFactory.filter;
import static io.qdrant.client.ConditionFactory.isEmpty;
import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ConditionFactory.matchKeywords;
import static io.qdrant.client.PointIdFactory.id;
import static io.qdrant.client.ValueFactory.list;
import static io.qdrant.client.ValueFactory.value;

import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.IndexedDocument;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.Points.VectorOutput;
import io.qdrant.client.grpc.Points.VectorsOutput;
import io.qdrant.client.VectorFactory;
import io.qdrant.client.VectorsFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How a chunk is laid out as a Qdrant point: a named dense vector, a named sparse vector of its
 * words, and a payload holding what is cited and filtered on. Filter fields hold normalised values
 * (lower case, trimmed), exactly as the Lucene index's filter terms, so both indexes let the same
 * asker see the same chunks.
 */
final class ChunkPoints {
    static final String DENSE = "dense";
    static final String TEXT = "text";

    static final String CHUNK_ID = "chunk_id";
    static final String DOCUMENT_ID = "document_id";
    static final String PRODUCT_KEY = "product_key";
    static final String ACCESS_KEYS = "access_keys";
    static final String KIND = "kind";
    static final String DOCUMENT_HASH = "document_hash";
    static final String SOURCE = "source";
    private static final String TITLE = "title";
    private static final String LOCATION = "location";
    private static final String SECTION = "section";
    private static final String POSITION = "position";
    private static final String CONTENT = "text";
    private static final String PRODUCT = "product";
    private static final String ACCESS_TAGS = "access_tags";

    /** The keyword fields searches and deletes filter on: each gets a payload index. */
    static final List<String> FILTER_FIELDS = List.of(DOCUMENT_ID, PRODUCT_KEY, ACCESS_KEYS, KIND);
    static final List<String> DOCUMENT_STATE_FIELDS = List.of(DOCUMENT_ID, DOCUMENT_HASH, SOURCE);

    private ChunkPoints() {}

    /**
     * The point id of a chunk: a name-based UUID of its chunk id, so that writing a chunk again (a
     * re-ingestion, a resumed reindex, another replica) replaces the point instead of adding one.
     */
    static PointId pointId(String chunkId) {
        return id(UUID.nameUUIDFromBytes(("baton-chunk:" + chunkId).getBytes(StandardCharsets.UTF_8)));
    }

    /** Product names and access tags match whatever their case (as in the Lucene index). */
    static String filterTerm(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    static PointStruct toPoint(IndexedChunk indexed, TextSparseVectors.Sparse words) {
        Chunk chunk = indexed.chunk();
        Vector sparse = VectorFactory.vector(floatList(words.values()), intList(words.indices()));
        PointStruct.Builder point = PointStruct.newBuilder()
                .setId(pointId(chunk.id()))
                .setVectors(VectorsFactory.namedVectors(Map.of(DENSE, VectorFactory.vector(floatList(indexed.vector())), TEXT, sparse)))
                .putPayload(CHUNK_ID, value(chunk.id()))
                .putPayload(DOCUMENT_ID, value(chunk.documentId()))
                .putPayload(TITLE, value(chunk.title()))
                .putPayload(LOCATION, value(chunk.location()))
                .putPayload(SECTION, value(chunk.section()))
                .putPayload(POSITION, value(chunk.position()))
                .putPayload(CONTENT, value(chunk.text()))
                .putPayload(KIND, value(chunk.kind().name()))
                .putPayload(DOCUMENT_HASH, value(indexed.documentHash()))
                .putPayload(SOURCE, value(indexed.source()))
                .putPayload(ACCESS_TAGS, list(chunk.accessTags().stream().sorted().map(tag -> value(tag)).toList()))
                .putPayload(ACCESS_KEYS, list(chunk.accessTags().stream()
                        .map(ChunkPoints::filterTerm).distinct().sorted().map(tag -> value(tag)).toList()));
        chunk.product().ifPresent(product -> point
                .putPayload(PRODUCT, value(product))
                .putPayload(PRODUCT_KEY, value(filterTerm(product))));
        return point.build();
    }

    static Chunk toChunk(Map<String, Value> payload) {
        Set<String> tags = new LinkedHashSet<>();
        Value tagList = payload.get(ACCESS_TAGS);
        if (tagList != null && tagList.hasListValue()) {
            tagList.getListValue().getValuesList().forEach(tag -> tags.add(tag.getStringValue()));
        }
        return new Chunk(
                string(payload, CHUNK_ID),
                string(payload, DOCUMENT_ID),
                string(payload, TITLE),
                string(payload, LOCATION),
                string(payload, SECTION),
                (int) payload.getOrDefault(POSITION, value(0)).getIntegerValue(),
                string(payload, CONTENT),
                Optional.ofNullable(payload.get(PRODUCT)).map(Value::getStringValue),
                tags,
                ChunkKind.valueOf(string(payload, KIND)));
    }

    static IndexedDocument toDocument(Map<String, Value> payload) {
        return new IndexedDocument(string(payload, DOCUMENT_ID), string(payload, DOCUMENT_HASH), string(payload, SOURCE));
    }

    static IndexedChunk toIndexedChunk(Map<String, Value> payload, VectorsOutput vectors) {
        return new IndexedChunk(toChunk(payload), dense(vectors).orElseThrow(() -> new IllegalStateException(
                "point of chunk " + string(payload, CHUNK_ID) + " has no \"" + DENSE + "\" vector")),
                string(payload, DOCUMENT_HASH), string(payload, SOURCE));
    }

    /** The dense vector of a returned point, in either of the encodings Qdrant versions use. */
    static Optional<float[]> dense(VectorsOutput vectors) {
        VectorOutput vector = vectors.getVectors().getVectorsMap().get(DENSE);
        if (vector == null) {
            return Optional.empty();
        }
        List<Float> values = vector.hasDense() ? vector.getDense().getDataList() : vector.getDataList();
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return Optional.of(out);
    }

    /** The sparse vector of a returned point (empty when the chunk had no words left). */
    static TextSparseVectors.Sparse sparse(VectorsOutput vectors) {
        VectorOutput vector = vectors.getVectors().getVectorsMap().get(TEXT);
        if (vector == null) {
            return new TextSparseVectors.Sparse(new int[0], new float[0]);
        }
        List<Integer> indices = vector.hasSparse() ? vector.getSparse().getIndicesList() : vector.getIndices().getDataList();
        List<Float> values = vector.hasSparse() ? vector.getSparse().getValuesList() : vector.getDataList();
        int[] i = indices.stream().mapToInt(Integer::intValue).toArray();
        float[] v = new float[values.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = values.get(k);
        }
        return new TextSparseVectors.Sparse(i, v);
    }

    /**
     * What the asker may see, as the Lucene index decides it: chunks without access tags and chunks
     * sharing one of the asker's tags; chunks of the asked product and chunks naming none; the
     * allowed kinds.
     */
    static Filter visibility(SearchFilter searchFilter) {
        Filter.Builder visible = Filter.newBuilder();
        List<String> tags = searchFilter.accessTags().stream().map(ChunkPoints::filterTerm).distinct().sorted().toList();
        if (tags.isEmpty()) {
            visible.addMust(isEmpty(ACCESS_KEYS));
        } else {
            visible.addMust(filter(Filter.newBuilder()
                    .addShould(isEmpty(ACCESS_KEYS))
                    .addShould(matchKeywords(ACCESS_KEYS, tags))
                    .build()));
        }
        searchFilter.product().ifPresent(product -> visible.addMust(filter(Filter.newBuilder()
                .addShould(isEmpty(PRODUCT_KEY))
                .addShould(matchKeyword(PRODUCT_KEY, filterTerm(product)))
                .build())));
        if (!searchFilter.kinds().containsAll(EnumSet.allOf(ChunkKind.class))) {
            visible.addMust(matchKeywords(KIND, searchFilter.kinds().stream().map(Enum::name).sorted().toList()));
        }
        return visible.build();
    }

    static Filter ofDocument(String documentId) {
        return Filter.newBuilder().addMust(matchKeyword(DOCUMENT_ID, documentId)).build();
    }

    private static String string(Map<String, Value> payload, String field) {
        Value value = payload.get(field);
        if (value == null) {
            throw new IllegalStateException("a point lacks the payload field \"" + field + "\"; was it written by Baton?");
        }
        return value.getStringValue();
    }

    static List<Float> floatList(float[] values) {
        List<Float> out = new ArrayList<>(values.length);
        for (float v : values) {
            out.add(v);
        }
        return out;
    }

    static List<Integer> intList(int[] values) {
        List<Integer> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }
}
