package dev.baton.bot.cli;

import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.knowledge.KnowledgeBase;
import dev.baton.knowledge.index.VectorIndex;
import dev.baton.knowledge.ingest.IngestReport;
import dev.baton.knowledge.ingest.tickets.TicketFile;
import dev.baton.knowledge.ingest.tickets.TicketPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Adds resolved tickets from an export to the knowledge base, as similar past tickets. */
@Command(name = "ingest-tickets", mixinStandardHelpOptions = true,
        description = "Ingest a ticket export (JSON Lines or CSV with a header: id, subject, body, status, resolution; "
                + "optional product, created, resolved). Only resolved tickets with a resolution are used; answers "
                + "cite them as similar past tickets, after documents. Running it again with a newer export updates "
                + "the tickets incrementally.")
public final class IngestTicketsCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The export: a .jsonl or .csv file.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "FILE " + file + " is not a file: give a .jsonl or .csv export");
        }
        TicketFile.Contents contents;
        try {
            contents = TicketFile.read(file);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        contents.problems().forEach(problem -> System.err.println(file + ": " + problem));
        AllSettings all = settingsOption.load();
        Path pages = all.knowledge().dataDirectory().resolve("tickets")
                .resolve(file.getFileName().toString().replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT));
        int usable = TicketPages.write(contents.tickets(), pages);
        Injector injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.KNOWLEDGE));
        VectorIndex index = injector.getInstance(VectorIndex.class);
        try {
            IngestReport report = IngestCommand.ingestWithProgress(injector.getInstance(KnowledgeBase.class), List.of(pages));
            System.out.printf("Tickets: %d read, %d resolved with a resolution used, %d skipped (not resolved), "
                            + "%d unreadable rows.%n", contents.tickets().size(), usable,
                    contents.tickets().size() - usable, contents.problems().size());
            System.out.printf("Ingested: %d added, %d updated, %d unchanged, %d removed; %d chunks written.%n",
                    report.added(), report.updated(), report.unchanged(), report.removed(), report.chunksWritten());
            report.failures().forEach(failure ->
                    System.err.println("Could not ingest " + failure.file() + ": " + failure.reason()));
            return report.failures().isEmpty() && contents.problems().isEmpty() ? 0 : 1;
        } finally {
            index.close();
        }
    }
}
