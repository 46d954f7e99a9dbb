package dev.baton.bot.cli;

import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.knowledge.KnowledgeBase;
import dev.baton.knowledge.index.VectorIndex;
import dev.baton.knowledge.ingest.IngestListener;
import dev.baton.knowledge.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Adds files and folders to the knowledge base, incrementally. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest Markdown, HTML, PDF and text files (folders recursively). Unchanged documents are "
                + "skipped, changed ones replaced, deleted ones removed.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(),
                        "PATH " + path + " does not exist: give an existing file or folder");
            }
        }
        AllSettings all = settingsOption.load();
        Injector injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.KNOWLEDGE));
        VectorIndex index = injector.getInstance(VectorIndex.class);
        try {
            IngestReport report = ingestWithProgress(injector.getInstance(KnowledgeBase.class), paths);
            System.out.printf("Ingested: %d added, %d updated, %d unchanged, %d removed; %d chunks written.%n",
                    report.added(), report.updated(), report.unchanged(), report.removed(), report.chunksWritten());
            report.failures().forEach(failure ->
                    System.err.println("Could not ingest " + failure.file() + ": " + failure.reason()));
            return report.failures().isEmpty() ? 0 : 1;
        } finally {
            index.close();
        }
    }

    static IngestReport ingestWithProgress(KnowledgeBase knowledge, List<Path> roots) {
        boolean terminal = System.console() != null;
        if (!terminal) {
            return knowledge.ingest(roots, IngestListener.NONE);
        }
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Ingesting")
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" files", 1)
                .build()) {
            return knowledge.ingest(roots, new IngestListener() {
                @Override
                public void started(int files) {
                    bar.maxHint(files);
                }

                @Override
                public void fileDone(Path file) {
                    bar.step();
                }
            });
        }
    }
}
