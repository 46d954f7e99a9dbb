package dev.baton.knowledge.eval;

import dev.baton.config.SettingsLoader;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.embedding.BgeSmallEmbeddingModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the confidence evidence of every query of a BEIR folder as tab-separated values (id,
 * answerable, similarity, margin, overlap), for fitting the confidence on several data sets at once.
 * Usage: {@code EvidenceDump /work/shared/eval/stackfaq > stackfaq.tsv}.
 */
public final class EvidenceDump {
    private EvidenceDump() {}

    public static void main(String[] args) {
        KnowledgeConfig config = KnowledgeConfig.from(
                SettingsLoader.load(Optional.empty(), Map.of(), EvidenceDump.class.getClassLoader()));
        RetrievalEvaluation evaluation = new RetrievalEvaluation(
                BgeSmallEmbeddingModel.load(32), config, new ConfidenceEstimator(ConfidenceEstimator.FITTED));
        for (QueryOutcome o : evaluation.outcomes(BeirDataset.read(Path.of(args[0]))).queries()) {
            System.out.printf(Locale.ROOT, "%s\t%d\t%.4f\t%.4f\t%.4f%n", o.queryId(), o.answerable() ? 1 : 0,
                    o.evidence().similarity(), o.evidence().margin(), o.evidence().overlap());
        }
    }
}
