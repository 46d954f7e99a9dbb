package dev.baton.knowledge.index.qdrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Secret;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.IndexKind;
import dev.baton.knowledge.KnowledgeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestQdrantConfig {
    @TempDir
    Path directory;

    @Test
    void defaults() {
        Settings settings = load(Map.of());

        QdrantConfig config = QdrantConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new QdrantConfig("localhost", 6334, false, Optional.empty(), "baton",
                Duration.ofSeconds(5), QdrantDistance.COSINE, 16, 100, false, true, 256, 1, 1, 1));
        assertThat(config.endpoint()).isEqualTo("http://localhost:6334");
    }

    @Test
    void environmentAliasesSelectAndReachQdrant() {
        Settings settings = load(Map.of(
                "BATON_INDEX", "qdrant",
                "QDRANT_URL", "https://abc.eu-central.aws.cloud.qdrant.io",
                "QDRANT_API_KEY", "qdrant-secret-1",
                "BATON_QDRANT_COLLECTION", "support_kb.v2",
                "BATON_QDRANT_TIMEOUT", "750ms",
                "BATON_QDRANT_UPSERT_BATCH_SIZE", "64"));

        QdrantConfig config = QdrantConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(KnowledgeConfig.from(settings).index()).isEqualTo(IndexKind.QDRANT);
        assertThat(config.host()).isEqualTo("abc.eu-central.aws.cloud.qdrant.io");
        assertThat(config.port()).isEqualTo(6334);
        assertThat(config.tls()).isTrue();
        assertThat(config.apiKey()).contains(new Secret("qdrant-secret-1"));
        assertThat(config.collection()).isEqualTo("support_kb.v2");
        assertThat(config.timeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(config.upsertBatchSize()).isEqualTo(64);
        assertThat(config.toString()).doesNotContain("qdrant-secret-1");
        assertThat(settings.effective().get("qdrant.api-key")).doesNotContain("qdrant-secret-1");
    }

    @Test
    void everyKeyFromTheSettingsFile() throws IOException {
        Path file = Files.writeString(directory.resolve("baton.conf"), """
                qdrant {
                  url = "http://qdrant.internal:7000"
                  collection = "kb"
                  tls = on
                  timeout = 30s
                  distance = dot
                  hnsw { m = 32, ef-construct = 256 }
                  on-disk-vectors = true
                  on-disk-payload = false
                  upsert-batch-size = 1000
                  shard-number = 6
                  replication-factor = 3
                  write-consistency-factor = 2
                }
                """);
        Settings settings = SettingsLoader.load(Optional.of(file), Map.of(), getClass().getClassLoader());

        QdrantConfig config = QdrantConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new QdrantConfig("qdrant.internal", 7000, true, Optional.empty(), "kb",
                Duration.ofSeconds(30), QdrantDistance.DOT, 32, 256, true, false, 1000, 6, 3, 2));
        assertThat(config.endpoint()).isEqualTo("https://qdrant.internal:7000");
    }

    @Test
    void tlsOffTurnsItOffForAnHttpUrlAndAutoFollowsTheScheme() {
        assertThat(QdrantConfig.from(load(Map.of("QDRANT_URL", "http://q:6334", "BATON_QDRANT_TLS", "off"))).tls()).isFalse();
        assertThat(QdrantConfig.from(load(Map.of("QDRANT_URL", "http://q:6334"))).tls()).isFalse();
        assertThat(QdrantConfig.from(load(Map.of("QDRANT_URL", "https://q:6334"))).tls()).isTrue();
    }

    @Test
    void validationMessages() {
        Settings settings = load(Map.of(
                "QDRANT_URL", "http://qdrant:6334/collections",
                "QDRANT_API_KEY", "qdrant-secret-1",
                "BATON_QDRANT_TLS", "maybe",
                "BATON_QDRANT_COLLECTION", "my collection",
                "BATON_QDRANT_TIMEOUT", "0s",
                "BATON_QDRANT_DISTANCE", "euclid",
                "BATON_QDRANT_HNSW_M", "2",
                "BATON_QDRANT_UPSERT_BATCH_SIZE", "0",
                "BATON_QDRANT_REPLICATION_FACTOR", "2",
                "BATON_QDRANT_WRITE_CONSISTENCY_FACTOR", "3"));

        QdrantConfig config = QdrantConfig.from(settings);

        assertThat(settings.problems())
                .extracting(ConfigProblem::key, ConfigProblem::message)
                .containsExactlyInAnyOrder(
                        tuple("qdrant.url", "must not have a path: Qdrant's gRPC API lives at the root, such as http://qdrant:6334"),
                        tuple("qdrant.tls", "must be one of: auto, on, off"),
                        tuple("qdrant.collection", "must be 1 to 255 letters, digits, '-', '_' or '.', such as baton"),
                        tuple("qdrant.timeout", "must be a duration from PT0.01S to PT5M"),
                        tuple("qdrant.distance", "must be one of: cosine, dot"),
                        tuple("qdrant.hnsw.m", "must be a whole number from 4 to 128"),
                        tuple("qdrant.upsert-batch-size", "must be a whole number from 1 to 10000"),
                        tuple("qdrant.write-consistency-factor",
                                "must be at most qdrant.replication-factor (2): a write cannot wait for more copies than exist"));
        assertThat(settings.problems()).allSatisfy(problem -> assertThat(problem.describe()).doesNotContain("qdrant-secret-1"));
        assertThat(config.collection()).isEqualTo("baton");
    }

    @Test
    void httpsWithTlsOffAndAMissingUrlAreReported() {
        Settings conflicting = load(Map.of("QDRANT_URL", "https://q:6334", "BATON_QDRANT_TLS", "off"));
        QdrantConfig.from(conflicting);
        assertThat(conflicting.problems()).extracting(ConfigProblem::key, ConfigProblem::message).containsExactly(
                tuple("qdrant.tls", "is off but qdrant.url is https://: use an http:// URL, or set qdrant.tls to auto"));

        Settings missing = load(Map.of("QDRANT_URL", ""));
        QdrantConfig.from(missing);
        assertThat(missing.problems()).extracting(ConfigProblem::key, ConfigProblem::message).containsExactly(
                tuple("qdrant.url", "must be Qdrant's gRPC address, such as http://localhost:6334 (environment variable QDRANT_URL)"));

        Settings notAUrl = load(Map.of("QDRANT_URL", "qdrant:6334"));
        QdrantConfig.from(notAUrl);
        assertThat(notAUrl.problems()).extracting(ConfigProblem::key).containsExactly("qdrant.url");
    }

    @Test
    void theRecordChecksItsArguments() {
        assertThatThrownBy(() -> new QdrantConfig("q", 6334, false, Optional.empty(), "kb", Duration.ofSeconds(1),
                QdrantDistance.COSINE, 16, 100, false, true, 256, 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write consistency");
        assertThatThrownBy(() -> new QdrantConfig("q", 0, false, Optional.empty(), "kb", Duration.ofSeconds(1),
                QdrantDistance.COSINE, 16, 100, false, true, 256, 1, 1, 1))
                .hasMessageContaining("port must be from 1 to 65535");
    }

    private Settings load(Map<String, String> environment) {
        return SettingsLoader.load(Optional.empty(), environment, getClass().getClassLoader());
    }
}
