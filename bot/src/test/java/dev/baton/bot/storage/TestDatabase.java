package dev.baton.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ErrorCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabase {
    /** Every module's migrations on the bot's class path, oldest first. */
    private static final List<String> MIGRATIONS =
            List.of("202611280410", "202611280415", "202611281220", "202611281230", "202611281300", "202611281310",
                    "202611281315", "202611281400", "202611281500");

    private static FreshDatabases databases;

    @BeforeAll
    static void startDatabases() {
        databases = new FreshDatabases();
    }

    @AfterAll
    static void stopDatabases() throws Exception {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(DatabaseEngine.class)
    void appliesEveryModulesMigrationsOnceAndThenIsUpToDate(DatabaseEngine engine) throws SQLException {
        DatabaseConfig config = databases.config(engine);
        Database database = new Database(config);
        try {
            MigrationReport first = database.migrate();
            assertThat(first.applied()).extracting(AppliedMigration::version).containsExactlyElementsOf(MIGRATIONS);
            assertThat(first.applied()).extracting(AppliedMigration::description)
                    .containsExactly("bot conversations", "handoff tickets", "bot teams state",
                            "handoff sla surveys threads", "bot review tags", "bot proposed answers",
                            "bot slack deliveries and feedback", "bot teams feedback into answer feedback",
                            "bot slack inbox");
            assertThat(first.schemaVersion()).contains(MIGRATIONS.getLast());

            MigrationReport second = database.migrate();
            assertThat(second.upToDateAlready()).isTrue();
            assertThat(second.schemaVersion()).contains(MIGRATIONS.getLast());

            database.start();
            assertThat(tables(database.jdbi())).contains("conversations", "messages", "handoff_tickets",
                    "handoff_sla_timers", "handoff_surveys", "handoff_staff_threads", "review_tags",
                    "teams_conversation_references", "teams_greetings", "slack_deliveries", "answer_feedback")
                    .doesNotContain("teams_feedback");
        } finally {
            database.stop();
        }

        Database restarted = new Database(config);
        try {
            assertThat(restarted.migrate().applied()).isEmpty();
        } finally {
            restarted.stop();
        }
    }

    @Test
    void opensSqliteInItsOwnDirectoryWithWalForeignKeysAndABusyTimeout() {
        Path file = databases.directory().resolve("nested/state/baton.db");
        Database database = new Database(new DatabaseConfig(
                DatabaseConfig.SQLITE_PREFIX + file, Optional.empty(), Optional.empty(), 3, Duration.ofSeconds(7)));
        try {
            database.start();
            assertThat(file).exists();
            Jdbi jdbi = database.jdbi();
            assertThat(pragma(jdbi, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(jdbi, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(jdbi, "busy_timeout")).isEqualTo("7000");
        } finally {
            database.stop();
        }
    }

    @Test
    void refusesWorkBeforeStartAndAfterStop() {
        Database database = new Database(databases.config(DatabaseEngine.SQLITE));
        assertThatThrownBy(() -> database.jdbi().withHandle(handle -> handle.select("SELECT 1").mapTo(Integer.class).one()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("is not started; start() it first");

        database.start();
        int one = database.jdbi().withHandle(handle -> handle.select("SELECT 1").mapTo(Integer.class).one());
        assertThat(one).isEqualTo(1);
        database.stop();
        database.stop();
        assertThatThrownBy(() -> database.jdbi().withHandle(handle -> handle.select("SELECT 1").mapTo(Integer.class).one()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("is not started; start() it first");
    }

    @Test
    void saysWhichDatabaseCannotBeReachedAndWhatToCheck() {
        Database database = new Database(new DatabaseConfig(
                "jdbc:postgresql://127.0.0.1:1/baton?password=hidden", Optional.of("baton"), Optional.empty(), 2,
                Duration.ofMillis(500)));
        assertThatThrownBy(database::start)
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.code()).isEqualTo(StorageErrorCode.DATABASE_UNAVAILABLE);
                    assertThat(e.category()).isEqualTo(ErrorCategory.EXTERNAL);
                })
                .hasMessageStartingWith("Cannot connect to the database jdbc:postgresql://127.0.0.1:1/baton?password=****")
                .hasMessageContaining("Check database.url (DATABASE_URL), database.username and database.password")
                .hasMessageNotContaining("hidden");
    }

    @Test
    void saysWhenTheSqliteDirectoryCannotBeCreated() throws Exception {
        Path blocker = Files.writeString(databases.directory().resolve("not-a-directory"), "x");
        Database database = new Database(new DatabaseConfig(
                DatabaseConfig.SQLITE_PREFIX + blocker.resolve("baton.db"), Optional.empty(), Optional.empty(), 2,
                Duration.ofSeconds(1)));
        assertThatThrownBy(database::start)
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.code()).isEqualTo(StorageErrorCode.DATABASE_UNAVAILABLE))
                .hasMessageContaining("Cannot create the directory " + blocker.toAbsolutePath())
                .hasMessageContaining("set data-dir to a writable directory");
    }

    @Test
    void reportsAMigrationThatCannotRun() {
        DatabaseConfig config = databases.config(DatabaseEngine.SQLITE);
        Database database = new Database(config);
        try {
            database.migrate();
            // The schema history is lost while the tables stay: migrating again must stop, not guess.
            database.jdbi().useHandle(handle -> handle.execute("DROP TABLE flyway_schema_history"));
            assertThatThrownBy(database::migrate)
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.code()).isEqualTo(StorageErrorCode.MIGRATION_FAILED);
                        assertThat(e.category()).isEqualTo(ErrorCategory.INTERNAL);
                    })
                    .hasMessageStartingWith("Cannot bring the schema of " + config.safeUrl() + " up to date");
        } finally {
            database.stop();
        }
    }

    private static List<String> tables(Jdbi jdbi) throws SQLException {
        return jdbi.withHandle(handle -> {
            try (ResultSet tables = handle.getConnection().getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                List<String> names = new ArrayList<>();
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
                return names;
            }
        });
    }

    private static String pragma(Jdbi jdbi, String name) {
        return jdbi.withHandle(handle -> handle.select("PRAGMA " + name).mapTo(String.class).one());
    }
}
