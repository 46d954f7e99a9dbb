package dev.baton.bot.cli;

import picocli.CommandLine.Command;

/** The {@code baton} command: one subcommand a job. */
@Command(
        name = "baton",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Baton: an AI support assistant for Slack and Microsoft Teams that answers from your "
                + "knowledge base with sources and hands over to a human whenever one is the better answer.",
        subcommands = {
            ServeCommand.class,
            IngestCommand.class,
            IngestTicketsCommand.class,
            ReindexCommand.class,
            AskCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            MigrateCommand.class,
            ConfigCommand.class,
            TeamsPackageCommand.class
        })
public final class BatonCommand {}
