package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.categorize.Categorization;
import dev.baton.knowledge.categorize.CategorizationConfig;
import dev.baton.knowledge.categorize.CategorizationMethod;
import dev.baton.knowledge.categorize.CategoryModel;
import dev.baton.knowledge.categorize.EmbeddingCategorizer;
import dev.baton.knowledge.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures categorization on a {@link CategorizationDataset}: for each domain, the training rows
 * become a categorizer's examples (its out-of-scope threshold calibrated on held-out examples, as
 * in production; training rows labelled out of scope become its out-of-scope examples), and every
 * evaluated row of the domain is categorized. Several methods can be
 * compared in one run: each text is embedded once, in memory. Latency is measured afterwards by
 * categorizing each evaluated message on its own with the first method, embedding included.
 */
public final class CategorizationEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(CategorizationEvaluation.class);

    private final EmbeddingModel embeddingModel;
    private final CategorizationConfig config;

    public CategorizationEvaluation(EmbeddingModel embeddingModel, CategorizationConfig config) {
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        this.config = requireNonNull(config, "config is null");
    }

    /** Evaluates the configured method. */
    public CategorizationReport run(Path folder) {
        return run(folder, List.of(config.method()));
    }

    /** Evaluates each method in turn; the first one's latency is measured. */
    public CategorizationReport run(Path folder, List<CategorizationMethod> methods) {
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("give at least one method to evaluate");
        }
        CategorizationDataset dataset = CategorizationDataset.read(folder);
        Map<String, float[]> vectors = embed(dataset);
        Function<CategorizationDataset.Row, Optional<String>> domainOf =
                dataset.domainsAreBots() ? CategorizationDataset.Row::domain : row -> Optional.empty();
        List<CategorizationReport.MethodResult> results = new ArrayList<>();
        Map<Optional<String>, CategoryModel> latencyModels = new HashMap<>();
        for (CategorizationMethod method : new LinkedHashSet<>(methods)) {
            long started = System.nanoTime();
            List<CategorizationReport.DomainResult> domains = new ArrayList<>();
            List<CategorizationOutcome> all = new ArrayList<>();
            for (Optional<String> domain : dataset.domains()) {
                List<CategorizationDataset.Row> examples = dataset.train().stream()
                        .filter(row -> !row.outOfScope() && domainOf.apply(row).equals(domain))
                        .toList();
                if (examples.isEmpty()) {
                    throw new KnowledgeException(KnowledgeErrorCode.INVALID_EVALUATION_DATA, dataset.name()
                            + ": domain " + domain.orElse("(none)") + " has evaluated rows but no training examples");
                }
                List<float[]> outOfScope = dataset.train().stream()
                        .filter(row -> row.outOfScope() && domainOf.apply(row).equals(domain))
                        .map(row -> vectors.get(row.text()))
                        .toList();
                CategoryModel model = CategoryModel.fit(
                        examples.stream().map(row -> vectors.get(row.text())).toList(),
                        examples.stream().map(CategorizationDataset.Row::label).toList(),
                        outOfScope, method, config.neighbours(), config.targetFalseAbstention());
                if (results.isEmpty()) {
                    latencyModels.put(domain, model);
                }
                List<CategorizationOutcome> outcomes = new ArrayList<>();
                for (CategorizationDataset.Row row : dataset.evaluated()) {
                    if (domainOf.apply(row).equals(domain)) {
                        Categorization categorization = model.classify(vectors.get(row.text()));
                        outcomes.add(new CategorizationOutcome(row.text(), row.label(), categorization.category(),
                                categorization.closest(), categorization.confidence()));
                    }
                }
                all.addAll(outcomes);
                domains.add(new CategorizationReport.DomainResult(domain.orElse("all"), examples.size(),
                        model.categories().size(), model.threshold(), CategorizationMetrics.figures(outcomes)));
            }
            LOG.info("Evaluated {} on {} in {} ms", method, dataset.name(), (System.nanoTime() - started) / 1_000_000);
            results.add(new CategorizationReport.MethodResult(method, domains, CategorizationMetrics.figures(all)));
        }
        List<Double> latencies = latencies(dataset, domainOf, latencyModels);
        long outOfScopeTrain = dataset.train().stream().filter(CategorizationDataset.Row::outOfScope).count();
        return new CategorizationReport(dataset.name(), dataset.evaluatedFile(),
                dataset.train().size() - (int) outOfScopeTrain, (int) outOfScopeTrain,
                config.targetFalseAbstention(), config.neighbours(), results, methods.getFirst(),
                RankingMetrics.percentile(latencies, 50), RankingMetrics.percentile(latencies, 99));
    }

    /** Embeds every distinct text once, in batches. */
    private Map<String, float[]> embed(CategorizationDataset dataset) {
        List<String> texts = new ArrayList<>(new LinkedHashSet<>(
                java.util.stream.Stream.concat(dataset.train().stream(), dataset.evaluated().stream())
                        .map(CategorizationDataset.Row::text)
                        .toList()));
        long started = System.nanoTime();
        List<float[]> embedded = embeddingModel.embedPassages(texts);
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("Embedded {} texts in {} s ({} texts/s)", texts.size(), Math.round(seconds), Math.round(texts.size() / seconds));
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), embedded.get(i));
        }
        return vectors;
    }

    private List<Double> latencies(
            CategorizationDataset dataset,
            Function<CategorizationDataset.Row, Optional<String>> domainOf,
            Map<Optional<String>, CategoryModel> models) {
        List<Double> latencies = new ArrayList<>();
        for (CategorizationDataset.Row row : dataset.evaluated()) {
            EmbeddingCategorizer categorizer = new EmbeddingCategorizer(embeddingModel, models.get(domainOf.apply(row)));
            long started = System.nanoTime();
            categorizer.categorize(row.text());
            latencies.add((System.nanoTime() - started) / 1e6);
        }
        latencies.sort(null);
        return latencies;
    }
}
