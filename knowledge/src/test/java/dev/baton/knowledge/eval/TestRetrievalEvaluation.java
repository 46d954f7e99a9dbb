package dev.baton.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.embedding.SharedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRetrievalEvaluation {
    @TempDir
    Path temp;

    private RetrievalEvaluation evaluation() {
        KnowledgeConfig config = KnowledgeConfig.from(
                SettingsLoader.load(Optional.empty(), Map.of(), getClass().getClassLoader()));
        return new RetrievalEvaluation(SharedEmbeddingModel.get(), config,
                new ConfidenceEstimator(ConfidenceEstimator.FITTED));
    }

    /** A tiny help-desk set in BEIR layout, with one question the corpus cannot answer. */
    private Path dataset() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("helpdesk/qrels"));
        Files.writeString(temp.resolve("helpdesk/corpus.jsonl"), """
                {"_id": "d1", "title": "How do I reset my password?", "text": "Open the sign-in page, choose Forgot password and follow the link we email you.", "metadata": {}}
                {"_id": "d2", "title": "How do I reset my password?", "text": "An administrator can also reset it for you from the admin console."}
                {"_id": "d3", "title": "How do I export my contacts?", "text": "Go to Settings, then Contacts, then Export, and pick CSV or vCard."}
                {"_id": "d4", "title": "Can I change my username?", "text": "Usernames can be changed once every 30 days under Profile."}

                {"_id": "d5", "title": "How do I delete my account?", "text": "Account deletion is permanent: go to Settings, Privacy, Delete account."}
                """);
        Files.writeString(temp.resolve("helpdesk/queries.jsonl"), """
                {"_id": "q1", "text": "I forgot my password, how can I get back in?"}
                {"_id": "q2", "text": "download all my contacts as a file"}
                {"_id": "q3", "text": "is it possible to rename my user handle"}
                {"_id": "q4", "text": "permanently remove my profile and data"}
                {"_id": "q5", "text": "a query nobody judged"}
                """);
        Files.writeString(temp.resolve("helpdesk/unanswerable.jsonl"), """
                {"_id": "u1", "text": "What is the capital of Peru?"}
                """);
        Files.writeString(folder.resolve("test.tsv"), """
                query-id\tcorpus-id\tscore
                q1\td1\t1
                q1\td2\t1
                q2\td3\t1
                q3\td4\t1
                q4\td5\t1
                """);
        return temp.resolve("helpdesk");
    }

    @Test
    void measuresRetrievalAndAbstentionThroughTheRealPipeline() throws IOException {
        RetrievalReport report = evaluation().run(dataset());

        assertThat(report.dataset()).isEqualTo("helpdesk");
        assertThat(report.documents()).isEqualTo(5);
        assertThat(report.chunks()).isEqualTo(5);
        assertThat(report.answerableQueries()).isEqualTo(4);
        assertThat(report.unanswerableQueries()).isEqualTo(1);
        assertThat(report.hitAt1()).isEqualTo(1.0);
        assertThat(report.mrrAt10()).isEqualTo(1.0);
        assertThat(report.recallAt10()).isEqualTo(1.0);
        assertThat(report.ndcgAt10()).isGreaterThan(0.95);
        // q1 has two relevant answers, so one result cannot hold all of them.
        assertThat(report.recallAt1()).isEqualTo((0.5 + 1 + 1 + 1) / 4);
        assertThat(report.abstentionRecall()).isEqualTo(1.0);
        assertThat(report.falseAbstentionRate()).isBetween(0.0, 1.0);
        assertThat(report.latencyP50Ms()).isPositive().isLessThanOrEqualTo(report.latencyP99Ms());
        assertThat(report.table())
                .contains("Retrieval evaluation: helpdesk")
                .contains("nDCG@10")
                .contains("4 answerable, 1 unanswerable")
                .contains("retrieval latency ms");
    }

    @Test
    void theReportRoundTripsThroughJson() throws IOException {
        RetrievalReport report = new RetrievalReport("set", "weighted", 3, 4L, 2, 1, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6,
                0.7, 0.8, 0.79, 0.9, 0.05, 0.8, 0.95, 0.1, 1.5, 2.5, 3.5);
        ObjectMapper json = new ObjectMapper();

        assertThat(json.readValue(json.writeValueAsString(report), RetrievalReport.class)).isEqualTo(report);
    }

    @Test
    void aFolderThatIsNotADataSetIsAUserError() {
        assertThatThrownBy(() -> evaluation().run(temp))
                .isInstanceOfSatisfying(KnowledgeException.class,
                        e -> assertThat(e.code()).isEqualTo(KnowledgeErrorCode.INVALID_EVALUATION_DATA))
                .hasMessageContaining("no corpus.jsonl");
    }
}
