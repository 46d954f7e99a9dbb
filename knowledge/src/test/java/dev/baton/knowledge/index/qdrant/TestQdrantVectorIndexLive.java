package dev.baton.knowledge.index.qdrant;

import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same contract against a real Qdrant: runs only when QDRANT_URL is set (gRPC address, such as
 * http://localhost:6334; QDRANT_API_KEY too if the server needs one). Each test uses its own
 * collection, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "QDRANT_URL", matches = ".+")
class TestQdrantVectorIndexLive extends QdrantIndexContract {
    @Override
    Map<String, String> qdrantEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("QDRANT_URL", System.getenv("QDRANT_URL"));
        String key = System.getenv("QDRANT_API_KEY");
        if (key != null && !key.isBlank()) {
            environment.put("QDRANT_API_KEY", key);
        }
        return environment;
    }

    @Override
    void dropCollection(String name) throws Exception {
        QdrantConfig config = config(Map.of());
        QdrantGrpcClient.Builder grpc = QdrantGrpcClient.newBuilder(config.host(), config.port(), config.tls(), false)
                .withTimeout(Duration.ofSeconds(10));
        config.apiKey().ifPresent(key -> grpc.withApiKey(key.reveal()));
        try (QdrantClient client = new QdrantClient(grpc.build())) {
            if (client.collectionExistsAsync(name).get(10, TimeUnit.SECONDS)) {
                client.deleteCollectionAsync(name).get(10, TimeUnit.SECONDS);
            }
        }
    }
}
