package dev.baton.bot.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Empty databases for tests: a new SQLite file, or a new schema in one real PostgreSQL started on
 * first use. {@link #close()} stops every database handed out and then PostgreSQL (one per test class).
 */
public final class FreshDatabases implements AutoCloseable {
    private final Path directory;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Database> started = new ArrayList<>();
    private EmbeddedPostgres postgres;

    public FreshDatabases() {
        try {
            this.directory = Files.createTempDirectory("baton-storage-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings for a new, empty database. */
    synchronized DatabaseConfig config(DatabaseEngine engine) {
        int number = counter.incrementAndGet();
        return switch (engine) {
            case SQLITE -> new DatabaseConfig(
                    DatabaseConfig.SQLITE_PREFIX + directory.resolve("db-" + number).resolve("baton.db"),
                    Optional.empty(), Optional.empty(), 4, Duration.ofSeconds(10));
            case POSTGRESQL -> new DatabaseConfig(
                    DatabaseConfig.POSTGRESQL_PREFIX + "//localhost:" + postgres().getPort() + "/postgres?currentSchema="
                            + schema("test_" + number),
                    Optional.of("postgres"), Optional.empty(), 8, Duration.ofSeconds(10));
        };
    }

    /** A new, empty database, started (so migrated); stopped by {@link #close()}. */
    public synchronized Database start(DatabaseEngine engine) {
        Database database = new Database(config(engine));
        database.start();
        started.add(database);
        return database;
    }

    Path directory() {
        return directory;
    }

    private EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    private String schema(String name) {
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        for (Database database : started) {
            database.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
