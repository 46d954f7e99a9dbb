package dev.baton.handoff.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Freshly migrated, empty databases for tests: a new SQLite file, or a new schema in one real
 * PostgreSQL started on first use and stopped by {@link #close()} (one per test class).
 */
public final class MigratedDatabases implements AutoCloseable {
    private final Path directory;
    private final AtomicInteger counter = new AtomicInteger();
    private EmbeddedPostgres postgres;

    public MigratedDatabases() {
        try {
            this.directory = Files.createTempDirectory("baton-handoff-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty database with every migration on the class path applied. */
    public Jdbi fresh(Engine engine) {
        DataSource dataSource = switch (engine) {
            case SQLITE -> sqlite(directory.resolve("db-" + counter.incrementAndGet() + ".sqlite"));
            case POSTGRESQL -> postgresSchema("test_" + counter.incrementAndGet());
        };
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return Jdbi.create(dataSource);
    }

    private static DataSource sqlite(Path file) {
        // The same pragmas as the bot's database: WAL, a busy timeout, and write transactions that lock up front.
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private synchronized DataSource postgresSchema(String schema) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.start();
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }

    @Override
    public synchronized void close() throws IOException {
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
