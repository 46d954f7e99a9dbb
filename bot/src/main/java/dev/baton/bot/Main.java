package dev.baton.bot;

import dev.baton.bot.cli.BatonCommand;
import dev.baton.config.ConfigException;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of {@code java -jar baton.jar COMMAND}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Only the server logs at INFO; commands keep the terminal for their own output.
        boolean serving = Arrays.asList(args).contains("serve");
        System.setProperty("baton.log.level", System.getProperty("baton.log.level", serving ? "INFO" : "WARN"));
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BatonCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof ConfigException config) {
                line.getErr().println(config.getMessage());
                return 2;
            }
            line.getErr().println("Baton failed: " + exception);
            exception.printStackTrace(line.getErr());
            return 1;
        });
        return commandLine;
    }
}
