package dev.baton.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.embedding.SharedEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The default settings on the sample knowledge base Baton ships (../docs/sample-kb) with its
 * labelled questions (src/test/resources/sample-kb-questions.jsonl): employees' questions with the
 * documents and key facts that answer them, and off-topic questions that must be refused. The
 * floors sit a little under what was measured, so that a regression fails.
 */
@Tag("slow")
class TestSampleKbEvaluation {
    private static final Path SAMPLE_KB = Path.of("..", "docs", "sample-kb");
    private static final Path QUESTIONS = Path.of("src", "test", "resources", "sample-kb-questions.jsonl");

    @Test
    void defaultsAnswerTheHelpCentreAndRefuseTheRest() {
        KnowledgeConfig config = KnowledgeConfig.from(
                SettingsLoader.load(Optional.empty(), Map.of(), getClass().getClassLoader()));
        List<LabelledQuestion> questions = LabelledQuestion.read(QUESTIONS);

        List<SampleKbEvaluation.Outcome> outcomes = new SampleKbEvaluation(SharedEmbeddingModel.get(), config,
                new ConfidenceEstimator(ConfidenceEstimator.FITTED)).run(SAMPLE_KB, questions);
        SampleKbEvaluation.Figures figures = SampleKbEvaluation.figures(outcomes);
        System.out.println(figures.table());

        assertThat(figures.answerable()).isGreaterThanOrEqualTo(60);
        assertThat(figures.offTopic()).isGreaterThanOrEqualTo(40);
        assertThat(figures.top1()).isGreaterThan(0.88);
        assertThat(figures.top3()).isGreaterThan(0.95);
        assertThat(figures.factCoverage()).isGreaterThan(0.65);
        assertThat(figures.falseAbstention()).isLessThan(0.13);
        assertThat(figures.abstentionRecall()).isGreaterThan(0.9);
    }
}
