package dev.baton.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestKnowledgeConfig {
    @TempDir
    Path temp;

    private Settings load(String file, Map<String, String> environment) throws IOException {
        Path path = temp.resolve("baton.conf");
        Files.writeString(path, file);
        return SettingsLoader.load(Optional.of(path), environment, getClass().getClassLoader());
    }

    @Test
    void defaults() throws IOException {
        Settings settings = load("", Map.of());
        KnowledgeConfig config = KnowledgeConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new KnowledgeConfig(
                Path.of("data"),
                IndexKind.LUCENE,
                Path.of("data", "index"),
                List.of(),
                1000,
                150,
                32,
                50,
                5,
                new HybridFusion(FusionMethod.WEIGHTED, 1.0, 0.05, 60),
                0.5,
                3,
                3));
    }

    @Test
    void everyKeyIsMapped() throws IOException {
        Settings settings = load("""
                data-dir = "/srv/baton"
                knowledge {
                  index = "qdrant"
                  index-directory = "/var/index"
                  sources = ["/docs/it", "/docs/hr"]
                  chunking { max-characters = 2000, overlap-characters = 300 }
                  embedding { batch-size = 8 }
                  retrieval { candidates = 80, top-k = 7, fusion = "rrf", semantic-weight = 2, lexical-weight = 0.5, rrf-k = 10 }
                  answer { min-confidence = 0.7, max-quoted-passages = 2, max-sentences-per-passage = 4 }
                }
                """, Map.of());
        KnowledgeConfig config = KnowledgeConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new KnowledgeConfig(
                Path.of("/srv/baton"),
                IndexKind.QDRANT,
                Path.of("/var/index"),
                List.of(Path.of("/docs/it"), Path.of("/docs/hr")),
                2000,
                300,
                8,
                80,
                7,
                new HybridFusion(FusionMethod.RRF, 2.0, 0.5, 10),
                0.7,
                2,
                4));
    }

    @Test
    void indexDirectoryFollowsTheDataDirectoryFromTheEnvironment() throws IOException {
        Settings settings = load("", Map.of("BATON_DATA_DIR", "/tmp/baton-data", "BATON_INDEX", "qdrant",
                "BATON_KNOWLEDGE_SOURCES", "/a, /b"));
        KnowledgeConfig config = KnowledgeConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.indexDirectory()).isEqualTo(Path.of("/tmp/baton-data", "index"));
        assertThat(config.index()).isEqualTo(IndexKind.QDRANT);
        assertThat(config.sources()).containsExactly(Path.of("/a"), Path.of("/b"));
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        Settings settings = load("""
                knowledge {
                  index = "elastic"
                  chunking { max-characters = 400, overlap-characters = 300 }
                  retrieval { candidates = 5, top-k = 9, semantic-weight = 0, lexical-weight = 0, fusion = "max" }
                  answer { min-confidence = 1.5 }
                }
                """, Map.of());
        KnowledgeConfig config = KnowledgeConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                "knowledge.index",
                "knowledge.chunking.overlap-characters",
                "knowledge.retrieval.top-k",
                "knowledge.retrieval.lexical-weight",
                "knowledge.retrieval.fusion",
                "knowledge.answer.min-confidence");
        assertThat(settings.problems()).extracting(ConfigProblem::message).contains(
                "must be one of: lucene, qdrant",
                "must be at most half of knowledge.chunking.max-characters (400)",
                "must be at most knowledge.retrieval.candidates (5)",
                "and knowledge.retrieval.semantic-weight cannot both be 0",
                "must be one of: weighted, rrf",
                "must be a number from 0.0 to 1.0");
        // Still a usable record, so that start-up can list every problem before it stops.
        assertThat(config.retrievalTopK()).isEqualTo(5);
        assertThat(config.chunkOverlapCharacters()).isEqualTo(200);
    }

    @Test
    void unknownKnowledgeKeyIsReportedWithASuggestion() throws IOException {
        Settings settings = load("knowledge.answer.min-confidense = 0.4", Map.of());

        assertThat(settings.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("did you mean knowledge.answer.min-confidence"));
    }
}
