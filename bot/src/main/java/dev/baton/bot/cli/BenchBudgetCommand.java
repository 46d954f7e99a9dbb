package dev.baton.bot.cli;

import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.bot.server.Json;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.eval.BudgetReport;
import dev.baton.knowledge.eval.IngestionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Ingestion throughput, turn latency and resident memory at a knowledge base size (default 50,000 chunks). */
@Command(name = "budget", mixinStandardHelpOptions = true,
        description = "Build a knowledge base of --chunks chunks from edited copies of a BEIR corpus (Markdown files), "
                + "ingest it through the real ingestion path into a Lucene index on disk, and print ingestion "
                + "throughput against the embedding model's own throughput in the same run, one turn's latency "
                + "(retrieval + extractive answer, no LLM) p50/p95/p99 and resident memory (VmRSS). The files and "
                + "the index go to a temporary folder, removed at the end unless --work-dir is given.")
public final class BenchBudgetCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "A BEIR-format folder: its corpus is copied, its queries are the questions asked.")
    Path folder;

    @Option(names = "--chunks", paramLabel = "N", defaultValue = "50000",
            description = "Chunks to index. Default: ${DEFAULT-VALUE}.")
    int chunks;

    @Option(names = "--turns", paramLabel = "N", defaultValue = "500",
            description = "Questions answered for the latency figures. Default: ${DEFAULT-VALUE}.")
    int turns;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "An empty or new folder for the generated files and the index, kept afterwards.")
    Optional<Path> workDirectory;

    @Option(names = "--compare", description = "Also time retrieval at this size beside LangChain4j's "
            + "InMemoryEmbeddingStore holding the same chunks and vectors (after the memory reading).")
    boolean compare;

    @Option(names = "--json", description = "End the output with one JSON object holding every figure.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(folder.resolve("corpus.jsonl"))) {
            throw new ParameterException(spec.commandLine(), "DIR " + folder
                    + " is not a BEIR-format folder: it needs corpus.jsonl and queries.jsonl");
        }
        if (chunks < 1 || turns < 1) {
            throw new ParameterException(spec.commandLine(), "--chunks and --turns must be at least 1");
        }
        if (workDirectory.isPresent() && Files.isDirectory(workDirectory.get())) {
            try (Stream<Path> entries = Files.list(workDirectory.get())) {
                if (entries.findAny().isPresent()) {
                    throw new ParameterException(spec.commandLine(), "--work-dir " + workDirectory.get()
                            + " is not empty: give a new or empty folder");
                }
            }
        }
        AllSettings all = settingsOption.load();
        Injector injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.KNOWLEDGE));
        IngestionBudget budget = new IngestionBudget(injector.getInstance(EmbeddingModel.class),
                injector.getInstance(KnowledgeConfig.class), injector.getInstance(ConfidenceEstimator.class));
        Path work = workDirectory.isPresent()
                ? Files.createDirectories(workDirectory.get())
                : Files.createTempDirectory("baton-bench-");
        try {
            BudgetReport report = budget.run(folder, chunks, turns, work, compare);
            System.out.println(report.table());
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(report));
            }
            return 0;
        } finally {
            if (workDirectory.isEmpty()) {
                delete(work);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
