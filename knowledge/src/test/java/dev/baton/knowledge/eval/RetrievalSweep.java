package dev.baton.knowledge.eval;

import dev.baton.config.EnvironmentVariables;
import dev.baton.config.SettingsLoader;
import dev.baton.config.Settings;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.embedding.BgeSmallEmbeddingModel;
import dev.baton.knowledge.embedding.CachingEmbeddingModel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the evaluation of a BEIR folder under several settings, embedding each text once. Each
 * argument after the folder is one run: settings as {@code key=value} joined by commas, or
 * {@code defaults}. Example:
 * {@code RetrievalSweep /work/shared/eval/stackfaq defaults knowledge.retrieval.lexical-weight=0}.
 */
public final class RetrievalSweep {
    private RetrievalSweep() {}

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        BeirDataset dataset = BeirDataset.read(folder);
        CachingEmbeddingModel model = new CachingEmbeddingModel(BgeSmallEmbeddingModel.load(32));
        for (int i = 1; i < args.length; i++) {
            Map<String, String> environment = new HashMap<>();
            if (!args[i].equals("defaults")) {
                for (String pair : args[i].split(",")) {
                    String[] kv = pair.split("=", 2);
                    environment.put(EnvironmentVariables.genericName(kv[0].strip()), kv[1].strip());
                }
            }
            Settings settings = SettingsLoader.load(Optional.empty(), environment, RetrievalSweep.class.getClassLoader());
            KnowledgeConfig config = KnowledgeConfig.from(settings);
            settings.throwIfInvalid();
            RetrievalEvaluation evaluation =
                    new RetrievalEvaluation(model, config, new ConfidenceEstimator(ConfidenceEstimator.FITTED));
            RetrievalReport report = evaluation.report(dataset, evaluation.outcomes(dataset));
            System.out.println("== " + args[i]);
            System.out.println(report.table());
        }
    }
}
