package dev.baton.bot.cli;

import dev.baton.bot.AllSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Checks the settings and prints the effective ones (secrets masked) with where each came from. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Validate the settings and print every effective key, its value (secrets masked) and its origin.")
public final class ConfigCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Override
    public Integer call() {
        AllSettings all = settingsOption.load();
        all.settings().effective().forEach((key, value) -> System.out.println(key + " = " + value));
        System.out.println("# settings are valid");
        return 0;
    }
}
