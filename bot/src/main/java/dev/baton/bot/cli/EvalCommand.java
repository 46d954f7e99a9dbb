package dev.baton.bot.cli;

import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.bot.server.Json;
import dev.baton.knowledge.eval.RetrievalEvaluation;
import dev.baton.knowledge.eval.RetrievalReport;
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

/**
 * Measures answer quality on an evaluation set with the real pipeline, in memory (the server's
 * index is not touched).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Measure retrieval and abstention quality on a BEIR-format folder (corpus.jsonl, queries.jsonl, "
                    + "qrels/*.tsv, optional unanswerable.jsonl): recall@1/5/10, nDCG@10, MRR, abstention recall, "
                    + "false-abstention rate and retrieval latency.",
            "Categorization folders (train.jsonl) come with the answer-quality work (issue 6)."
        })
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The evaluation folder.")
    Path folder;

    @Option(names = "--json", description = "End the output with one JSON object holding every figure.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "DIR " + folder + " is not a folder: give an evaluation folder");
        }
        if (!Files.isRegularFile(folder.resolve("corpus.jsonl"))) {
            String kind = Files.isRegularFile(folder.resolve("train.jsonl"))
                    ? "a categorization set; categorization evaluation is not in this version yet (issue 6)"
                    : "not an evaluation set";
            throw new ParameterException(spec.commandLine(), "DIR " + folder + " has no corpus.jsonl: it is " + kind
                    + ". A retrieval set holds corpus.jsonl, queries.jsonl and qrels/*.tsv (BEIR format).");
        }
        AllSettings all = settingsOption.load();
        Injector injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.KNOWLEDGE));
        RetrievalReport report = injector.getInstance(RetrievalEvaluation.class).run(folder);
        System.out.println(report.table());
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(report));
        }
        return 0;
    }
}
