package dev.baton.bot.cli;

import picocli.CommandLine.Command;

/** The {@code bench} commands: benchmarks that print figures, never assert them. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: retrieval beside LangChain4j's stock retrieval (compare), and the latency, "
                + "throughput and memory budgets at 50,000 chunks (budget).",
        subcommands = {BenchCompareCommand.class, BenchBudgetCommand.class})
public final class BenchCommand {}
