package dev.baton.bot.cli;

import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.bot.server.Json;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.eval.ComparisonReport;
import dev.baton.knowledge.eval.RetrievalComparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Baton's retrieval beside LangChain4j's InMemoryEmbeddingStore + EmbeddingStoreContentRetriever, one process. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "On a BEIR-format folder, index the same chunks with the same bge-small vectors in Baton's "
                + "Lucene index and in LangChain4j's InMemoryEmbeddingStore, run every judged query through both "
                + "and print recall@5, nDCG@10, MRR@10, retrieval latency p50/p99 (query embedding excluded for "
                + "both, printed apart) and the ratios.")
public final class BenchCompareCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A BEIR-format folder (corpus.jsonl, queries.jsonl, qrels/*.tsv).")
    Path folder;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10",
            description = "Chunks LangChain4j's retriever returns (its default is 3; nDCG@10 needs 10). Default: ${DEFAULT-VALUE}.")
    int maxResults;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Passes over the queries whose latencies are pooled. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--json", description = "End the output with one JSON object holding every figure.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(folder.resolve("corpus.jsonl"))) {
            throw new ParameterException(spec.commandLine(), "DIR " + folder
                    + " is not a BEIR-format folder: it needs corpus.jsonl, queries.jsonl and qrels/*.tsv");
        }
        if (maxResults < 1 || rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--max-results and --rounds must be at least 1");
        }
        AllSettings all = settingsOption.load();
        Injector injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.KNOWLEDGE));
        RetrievalComparison comparison = new RetrievalComparison(injector.getInstance(EmbeddingModel.class),
                injector.getInstance(KnowledgeConfig.class), injector.getInstance(ConfidenceEstimator.class));
        ComparisonReport report = comparison.run(folder, maxResults, rounds);
        System.out.println(report.table());
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(report));
        }
        return 0;
    }
}
