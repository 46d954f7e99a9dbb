package dev.baton.bot.cli;

import dev.baton.bot.AllSettings;
import dev.baton.config.SettingsLoader;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option every command shares, and the settings it leads to. */
public final class SettingsOption {
    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "Settings file (HOCON). Default: $BATON_CONFIG, else the built-in defaults. "
                    + "Environment variables override the file.")
    Path file;

    public AllSettings load() {
        AllSettings settings = AllSettings.from(SettingsLoader.loadFromSystem(Optional.ofNullable(file)));
        settings.logFormat().apply();
        return settings;
    }
}
