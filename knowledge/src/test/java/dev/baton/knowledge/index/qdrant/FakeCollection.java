package dev.baton.knowledge.index.qdrant;

import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.Match;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.NamedVectorsOutput;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PrefetchQuery;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.SparseVector;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.Points.VectorInput;
import io.qdrant.client.grpc.Points.VectorOutput;
import io.qdrant.client.grpc.Points.VectorsOutput;
import io.qdrant.client.grpc.Points.WithPayloadSelector;
import io.qdrant.client.grpc.Points.WithVectorsSelector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * One collection of the fake Qdrant: the points in memory, and just enough of Qdrant's semantics
 * for Baton's requests: keyword and is-empty conditions in must/should/must-not filters, dense
 * cosine and sparse dot-product scoring (no IDF), and (weighted) reciprocal rank fusion of prefetches, scoring 1 / (k + rank) with ranks from 0 as Qdrant does.
 */
final class FakeCollection {
    final CreateCollection definition;
    final Set<String> payloadIndexes = new ConcurrentSkipListSet<>();
    /** By point id (as text), in id order, as scrolling pages through them. */
    final Map<String, PointStruct> points = new TreeMap<>();

    FakeCollection(CreateCollection definition) {
        this.definition = definition;
    }

    synchronized void upsert(List<PointStruct> batch) {
        batch.forEach(point -> points.put(point.getId().getUuid(), point));
    }

    synchronized int delete(Filter filter) {
        List<String> gone = points.values().stream().filter(p -> matches(filter, p.getPayloadMap()))
                .map(p -> p.getId().getUuid()).toList();
        gone.forEach(points::remove);
        return gone.size();
    }

    synchronized List<PointStruct> matching(Filter filter) {
        return points.values().stream().filter(p -> matches(filter, p.getPayloadMap())).toList();
    }

    synchronized List<ScoredPoint> query(QueryPoints request) {
        Map<String, Double> fused = new LinkedHashMap<>();
        int k = request.getQuery().hasRrf() && request.getQuery().getRrf().hasK() ? request.getQuery().getRrf().getK() : 2;
        List<PrefetchQuery> prefetches = request.getPrefetchList();
        for (int i = 0; i < prefetches.size(); i++) {
            PrefetchQuery prefetch = prefetches.get(i);
            double weight = i < request.getQuery().getRrf().getWeightsCount() ? request.getQuery().getRrf().getWeights(i) : 1;
            List<PointStruct> ranked = points.values().stream()
                    .filter(p -> matches(prefetch.getFilter(), p.getPayloadMap()))
                    .filter(p -> matches(request.getFilter(), p.getPayloadMap()))
                    .filter(p -> score(prefetch.getUsing(), prefetch.getQuery().getNearest(), p) > 0)
                    .sorted(Comparator.comparingDouble((PointStruct p) ->
                            score(prefetch.getUsing(), prefetch.getQuery().getNearest(), p)).reversed())
                    .limit(prefetch.getLimit())
                    .toList();
            for (int rank = 0; rank < ranked.size(); rank++) {
                fused.merge(ranked.get(rank).getId().getUuid(), weight / (k + rank), Double::sum);
            }
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(request.getLimit())
                .map(entry -> scored(points.get(entry.getKey()), entry.getValue(), request.getWithPayload(), request.getWithVectors()))
                .toList();
    }

    static ScoredPoint scored(PointStruct point, double score, WithPayloadSelector payload, WithVectorsSelector vectors) {
        return ScoredPoint.newBuilder().setId(point.getId()).setScore((float) score)
                .putAllPayload(payload(point, payload)).setVectors(vectors(point, vectors)).build();
    }

    static Map<String, Value> payload(PointStruct point, WithPayloadSelector selector) {
        if (selector.hasInclude()) {
            Map<String, Value> out = new HashMap<>();
            selector.getInclude().getFieldsList().forEach(field -> {
                if (point.containsPayload(field)) {
                    out.put(field, point.getPayloadOrThrow(field));
                }
            });
            return out;
        }
        return selector.hasEnable() && selector.getEnable() ? point.getPayloadMap() : Map.of();
    }

    static VectorsOutput vectors(PointStruct point, WithVectorsSelector selector) {
        NamedVectorsOutput.Builder named = NamedVectorsOutput.newBuilder();
        point.getVectors().getVectors().getVectorsMap().forEach((name, vector) -> {
            boolean wanted = selector.hasInclude() ? selector.getInclude().getNamesList().contains(name)
                    : selector.hasEnable() && selector.getEnable();
            if (wanted) {
                named.putVectors(name, output(vector));
            }
        });
        return VectorsOutput.newBuilder().setVectors(named).build();
    }

    private static VectorOutput output(Vector vector) {
        if (vector.hasSparse() || vector.hasIndices()) {
            SparseVector sparse = sparse(vector);
            return VectorOutput.newBuilder().setSparse(sparse).build();
        }
        return VectorOutput.newBuilder().setDense(DenseVector.newBuilder().addAllData(dense(vector))).build();
    }

    private static SparseVector sparse(Vector vector) {
        return vector.hasSparse() ? vector.getSparse() : SparseVector.newBuilder()
                .addAllIndices(vector.getIndices().getDataList()).addAllValues(vector.getDataList()).build();
    }

    private static List<Float> dense(Vector vector) {
        return vector.hasDense() ? vector.getDense().getDataList() : vector.getDataList();
    }

    private static double score(String using, VectorInput query, PointStruct point) {
        Vector stored = point.getVectors().getVectors().getVectorsMap().get(using);
        if (stored == null) {
            return 0;
        }
        if (query.hasSparse()) {
            SparseVector doc = sparse(stored);
            Map<Integer, Float> weights = new HashMap<>();
            for (int i = 0; i < doc.getIndicesCount(); i++) {
                weights.put(doc.getIndices(i), doc.getValues(i));
            }
            double sum = 0;
            for (int i = 0; i < query.getSparse().getIndicesCount(); i++) {
                sum += weights.getOrDefault(query.getSparse().getIndices(i), 0f) * query.getSparse().getValues(i);
            }
            return sum;
        }
        List<Float> a = query.getDense().getDataList();
        List<Float> b = dense(stored);
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            dot += a.get(i) * b.get(i);
            na += a.get(i) * a.get(i);
            nb += b.get(i) * b.get(i);
        }
        // Shifted into (0, 2] so that "no match" (0) stays distinguishable, as Qdrant returns every point.
        return na == 0 || nb == 0 ? 1e-9 : 1 + dot / Math.sqrt(na * nb) + 1e-9;
    }

    static boolean matches(Filter filter, Map<String, Value> payload) {
        for (Condition condition : filter.getMustList()) {
            if (!matches(condition, payload)) {
                return false;
            }
        }
        for (Condition condition : filter.getMustNotList()) {
            if (matches(condition, payload)) {
                return false;
            }
        }
        return filter.getShouldCount() == 0 || filter.getShouldList().stream().anyMatch(c -> matches(c, payload));
    }

    private static boolean matches(Condition condition, Map<String, Value> payload) {
        return switch (condition.getConditionOneOfCase()) {
            case FILTER -> matches(condition.getFilter(), payload);
            case IS_EMPTY -> values(payload.get(condition.getIsEmpty().getKey())).isEmpty();
            case FIELD -> {
                Match match = condition.getField().getMatch();
                List<String> values = values(payload.get(condition.getField().getKey()));
                yield switch (match.getMatchValueCase()) {
                    case KEYWORD -> values.contains(match.getKeyword());
                    case KEYWORDS -> values.stream().anyMatch(match.getKeywords().getStringsList()::contains);
                    default -> throw new UnsupportedOperationException("the fake cannot match " + match.getMatchValueCase());
                };
            }
            default -> throw new UnsupportedOperationException("the fake cannot evaluate " + condition.getConditionOneOfCase());
        };
    }

    private static List<String> values(Value value) {
        if (value == null || value.hasNullValue()) {
            return List.of();
        }
        if (value.hasListValue()) {
            List<String> out = new ArrayList<>();
            value.getListValue().getValuesList().forEach(v -> out.add(v.getStringValue()));
            return out;
        }
        return List.of(value.getStringValue());
    }
}
