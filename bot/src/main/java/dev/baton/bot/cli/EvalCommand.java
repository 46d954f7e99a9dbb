package dev.baton.bot.cli;

import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.bot.server.Json;
import dev.baton.knowledge.categorize.CategorizationMethod;
import dev.baton.knowledge.eval.CategorizationEvaluation;
import dev.baton.knowledge.eval.CategorizationReport;
import dev.baton.knowledge.eval.RetrievalEvaluation;
import dev.baton.knowledge.eval.RetrievalReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
            "On a categorization folder (train.jsonl = the examples, dev.jsonl or test.jsonl = the messages; rows "
                    + "of id, text, label, optional domain; label out_of_scope = fits none): accuracy and macro-F1 on "
                    + "in-scope messages, out-of-scope recall, false-abstention rate and latency, per domain and overall."
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

    @Option(names = "--methods", split = ",", paramLabel = "METHOD",
            description = "Categorization only: the methods to compare (centroid, nearest-neighbours, softmax, ensemble), "
                    + "comma-separated; the first one's latency is measured. Default: the configured categorization.method.")
    List<String> methods = List.of();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "DIR " + folder + " is not a folder: give an evaluation folder");
        }
        boolean categorization = !Files.isRegularFile(folder.resolve("corpus.jsonl"))
                && Files.isRegularFile(folder.resolve("train.jsonl"));
        if (!categorization && !Files.isRegularFile(folder.resolve("corpus.jsonl"))) {
            throw new ParameterException(spec.commandLine(), "DIR " + folder + " is not an evaluation set: a retrieval "
                    + "set holds corpus.jsonl, queries.jsonl and qrels/*.tsv (BEIR format), a categorization set "
                    + "train.jsonl and dev.jsonl or test.jsonl.");
        }
        if (!categorization && !methods.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--methods applies to categorization sets only; "
                    + folder + " is a retrieval set");
        }
        List<CategorizationMethod> chosen = new ArrayList<>();
        for (String method : methods) {
            chosen.add(method(method));
        }
        AllSettings all = settingsOption.load();
        Injector injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.KNOWLEDGE));
        if (categorization) {
            CategorizationEvaluation evaluation = injector.getInstance(CategorizationEvaluation.class);
            CategorizationReport report = chosen.isEmpty() ? evaluation.run(folder) : evaluation.run(folder, chosen);
            System.out.println(report.table());
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(report));
            }
            return 0;
        }
        RetrievalReport report = injector.getInstance(RetrievalEvaluation.class).run(folder);
        System.out.println(report.table());
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(report));
        }
        return 0;
    }

    private CategorizationMethod method(String name) {
        for (CategorizationMethod method : CategorizationMethod.values()) {
            if (method.name().equalsIgnoreCase(name.strip().replace('-', '_'))) {
                return method;
            }
        }
        throw new ParameterException(spec.commandLine(), "--methods: unknown method \"" + name
                + "\"; use centroid, nearest-neighbours, softmax or ensemble");
    }
}
