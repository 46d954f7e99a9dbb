package dev.baton.bot.cli;

import com.google.inject.Injector;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.bot.storage.Database;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Brings the database schema up to date (the Procfile's release step). */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply pending database migrations (SQLite by default, PostgreSQL when DATABASE_URL is set).")
public final class MigrateCommand implements Callable<Integer> {
    @Mixin
    SettingsOption settingsOption;

    @Override
    public Integer call() throws Exception {
        AllSettings all = settingsOption.load();
        Injector injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.STATE));
        Database database = injector.getInstance(Database.class);
        try {
            System.out.println(database.migrate());
        } finally {
            database.stop();
        }
        return 0;
    }
}
