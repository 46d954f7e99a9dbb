package dev.baton.knowledge.eval;

import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.embedding.BgeSmallEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints every question of the sample knowledge base's labelled set with its evidence, confidence and
 * answer, then the figures: what the confidence was calibrated and the answers reviewed with.
 * Usage: {@code SampleKbReport docs/sample-kb knowledge/src/test/resources/sample-kb-questions.jsonl [--answers]}.
 */
public final class SampleKbReport {
    private SampleKbReport() {}

    public static void main(String[] args) {
        KnowledgeConfig config = KnowledgeConfig.from(
                SettingsLoader.load(Optional.empty(), Map.of(), SampleKbReport.class.getClassLoader()));
        List<SampleKbEvaluation.Outcome> outcomes = new SampleKbEvaluation(BgeSmallEmbeddingModel.load(32), config,
                new ConfidenceEstimator(ConfidenceEstimator.FITTED)).run(Path.of(args[0]), LabelledQuestion.read(Path.of(args[1])));
        boolean answers = args.length > 2 && args[2].equals("--answers");
        for (SampleKbEvaluation.Outcome o : outcomes) {
            System.out.printf(Locale.ROOT, "%s\t%s\tcos=%.3f margin=%.3f overlap=%.2f conf=%.3f %s top1=%s facts=%.2f\t%s%n",
                    o.question().id(), o.question().answerable() ? "answerable" : "off-topic",
                    o.evidence().similarity(), o.evidence().margin(), o.evidence().overlap(), o.answer().confidence(),
                    o.answer().abstained() ? "ABSTAIN" : "answer", o.ranking().isEmpty() ? "-" : o.ranking().get(0),
                    o.factCoverage(), o.question().question());
            if (answers) {
                System.out.println(o.answer().text());
                System.out.println("----");
            }
        }
        System.out.println(SampleKbEvaluation.figures(outcomes).table());
    }
}
