package dev.baton.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.categorize.CategorizationConfig;
import dev.baton.knowledge.categorize.CategorizationMethod;
import dev.baton.knowledge.categorize.CategoryDefinition;
import dev.baton.knowledge.embedding.HashingEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCategorizationEvaluation {
    @TempDir
    Path temp;

    private static final CategorizationConfig CONFIG = new CategorizationConfig(
            List.of(new CategoryDefinition("unused", List.of("the configured categories are not evaluated"))),
            List.of(),
            CategorizationMethod.CENTROID, 3, 0.0);

    private static String row(String domain, String text, String label) {
        return "{\"id\": \"x\", \"domain\": \"" + domain + "\", \"text\": \"" + text + "\", \"label\": \"" + label + "\"}\n";
    }

    /** Two bots with their own labels; "pizza" is a label of the shop only, so the bank cannot use it. */
    private Path twoDomains() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("bots"));
        StringBuilder train = new StringBuilder();
        for (String word : List.of("card", "card lost", "card stolen", "lost card today")) {
            train.append(row("bank", word, "card"));
        }
        for (String word : List.of("loan rate", "loan interest", "loan apply", "interest rate loan")) {
            train.append(row("bank", word, "loan"));
        }
        for (String word : List.of("pizza order", "pizza delivery", "order pizza now", "pizza late")) {
            train.append(row("shop", word, "pizza"));
        }
        for (String word : List.of("refund money", "refund request", "money back refund", "refund order")) {
            train.append(row("shop", word, "refund"));
        }
        Files.writeString(folder.resolve("train.jsonl"), train.toString());
        Files.writeString(folder.resolve("dev.jsonl"),
                row("bank", "my card was stolen", "card")
                        + row("bank", "loan interest rate", "loan")
                        + row("bank", "weather tomorrow sunny", "out_of_scope")
                        + row("shop", "where is my pizza", "pizza")
                        + row("shop", "refund my money", "refund")
                        + row("shop", "weather tomorrow sunny", "out_of_scope"));
        return folder;
    }

    @Test
    void categorizesEachDomainAmongItsOwnLabels() throws IOException {
        CategorizationReport report = new CategorizationEvaluation(new HashingEmbeddingModel(), CONFIG)
                .run(twoDomains(), List.of(CategorizationMethod.CENTROID, CategorizationMethod.ENSEMBLE));

        assertThat(report.dataset()).isEqualTo("bots");
        assertThat(report.evaluatedFile()).isEqualTo("dev.jsonl");
        assertThat(report.trainExamples()).isEqualTo(16);
        assertThat(report.methods()).extracting(CategorizationReport.MethodResult::method)
                .containsExactly(CategorizationMethod.CENTROID, CategorizationMethod.ENSEMBLE);
        CategorizationReport.MethodResult centroid = report.primary();
        assertThat(centroid.domains()).extracting(CategorizationReport.DomainResult::domain).containsExactly("bank", "shop");
        assertThat(centroid.domains()).allSatisfy(domain -> {
            assertThat(domain.examples()).isEqualTo(8);
            assertThat(domain.categories()).isEqualTo(2);
            assertThat(domain.figures().inScope()).isEqualTo(2);
            assertThat(domain.figures().outOfScope()).isEqualTo(1);
        });
        CategorizationFigures overall = centroid.overall();
        assertThat(overall.messages()).isEqualTo(6);
        assertThat(overall.closestAccuracy()).isEqualTo(1.0);
        // The weather shares no word with any example: refused in both bots.
        assertThat(overall.outOfScopeRecall()).isEqualTo(OptionalDouble.of(1.0));
        assertThat(overall.outOfScopeRecallDistinct()).isEqualTo(OptionalDouble.of(1.0));
        assertThat(report.latencyMethod()).isEqualTo(CategorizationMethod.CENTROID);
        assertThat(report.latencyP99Ms()).isGreaterThanOrEqualTo(report.latencyP50Ms());
        assertThat(report.table()).contains("centroid", "ensemble", "bank", "shop", "overall");
    }

    @Test
    void domainsThatGroupLabelsAreNotBots() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("grouped"));
        // As in clinc150: out-of-scope rows carry the domain out_of_scope, so the domain gives the label away.
        Files.writeString(folder.resolve("train.jsonl"),
                row("cards", "card lost", "card") + row("cards", "card stolen", "card") + row("cards", "lost card", "card")
                        + row("loans", "loan rate", "loan") + row("loans", "loan interest", "loan")
                        + row("loans", "interest rate", "loan")
                        + row("out_of_scope", "weather sunny", "out_of_scope"));
        Files.writeString(folder.resolve("dev.jsonl"),
                row("cards", "card lost today", "card") + row("out_of_scope", "sunny weather today", "out_of_scope"));

        CategorizationReport report = new CategorizationEvaluation(new HashingEmbeddingModel(), CONFIG).run(folder);

        assertThat(report.primary().domains()).singleElement().satisfies(domain -> {
            assertThat(domain.domain()).isEqualTo("all");
            assertThat(domain.categories()).isEqualTo(2);
        });
        assertThat(report.trainExamples()).isEqualTo(6);
        assertThat(report.trainOutOfScopeExamples()).isEqualTo(1);
        assertThat(report.primary().overall().closestAccuracy()).isEqualTo(1.0);
        assertThat(report.primary().overall().outOfScopeRecall()).isEqualTo(OptionalDouble.of(1.0));
    }

    @Test
    void explainsWhatIsMissing() throws IOException {
        CategorizationEvaluation evaluation = new CategorizationEvaluation(new HashingEmbeddingModel(), CONFIG);
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(() -> evaluation.run(empty))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("has no train.jsonl");

        Files.writeString(empty.resolve("train.jsonl"), row("a", "hello", "greeting"));
        assertThatThrownBy(() -> evaluation.run(empty))
                .hasMessageContaining("nothing to evaluate: add dev.jsonl or test.jsonl");

        Files.writeString(empty.resolve("dev.jsonl"), "{\"id\": \"1\", \"text\": \"hi\"}\n");
        assertThatThrownBy(() -> evaluation.run(empty))
                .hasMessageContaining("dev.jsonl line 1 has no \"label\"");

        Files.writeString(empty.resolve("dev.jsonl"), row("b", "hi", "greeting"));
        assertThatThrownBy(() -> evaluation.run(empty))
                .hasMessageContaining("domain b has evaluated rows but no training examples");
    }
}
