package dev.baton.bot.storage;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.baton.bot.Managed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Baton's state database: a connection pool, the schema migrations of every module (each ships
 * {@code db/migration/V<yyyyMMddHHmm>__<module>_<what>.sql}), and the {@link Jdbi} the stores use.
 * {@link #start()} opens the pool and migrates; {@link #jdbi()} exists from construction (no I/O)
 * and works once started.
 *
 * <p>On SQLite the pool suits one writer: WAL lets reads run beside a write, every transaction
 * takes the write lock when it begins (so two never deadlock upgrading a read lock), and a busy
 * timeout makes writers queue instead of failing.
 */
public final class Database implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String MIGRATIONS = "classpath:db/migration";

    private final DatabaseConfig config;
    private final Jdbi jdbi;
    private volatile HikariDataSource pool;

    public Database(DatabaseConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.jdbi = Jdbi.create(this::connection);
        // Exception messages name the statement but never the bound values: those are people's messages.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(exception -> {
            StatementContext context = exception.getStatementContext();
            String statement = context == null ? "unknown" : String.valueOf(context.getRawSql()).strip();
            return exception.getShortMessage() + " [statement: " + statement + "]";
        });
    }

    /** Opens the pool and brings the schema up to date. */
    @Override
    public void start() {
        MigrationReport report = migrate();
        LOG.info("Database {} ready: schema version {}, {} migrations applied now",
                config.safeUrl(), report.schemaVersion().orElse("none"), report.applied().size());
    }

    @Override
    public synchronized void stop() {
        if (pool != null) {
            pool.close();
            pool = null;
            LOG.info("Database {} closed", config.safeUrl());
        }
    }

    /**
     * Applies the migrations the schema lacks (opening the pool if {@link #start()} has not) and says
     * which ran. Versions are timestamps, and migrations older than the newest applied one still run,
     * because modules are developed side by side and merged in any order.
     */
    public MigrationReport migrate() {
        HikariDataSource dataSource = open();
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .outOfOrder(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        MigrateResult result;
        try {
            result = flyway.migrate();
        } catch (FlywayException e) {
            throw new StorageException(
                    StorageErrorCode.MIGRATION_FAILED,
                    "Cannot bring the schema of " + config.safeUrl() + " up to date: " + e.getMessage()
                            + ". The database is left as the last successful migration made it.",
                    e);
        }
        List<AppliedMigration> applied = result.migrations.stream().map(Database::applied).toList();
        for (AppliedMigration migration : applied) {
            LOG.info("Applied migration {} ({}) in {} ms", migration.version(), migration.description(),
                    migration.took().toMillis());
        }
        Optional<String> version = Optional.ofNullable(result.targetSchemaVersion)
                .or(() -> Optional.ofNullable(result.initialSchemaVersion));
        return new MigrationReport(applied, version);
    }

    /** Runs statements on this database; usable once {@link #start()} has run. */
    public Jdbi jdbi() {
        return jdbi;
    }

    public DatabaseConfig config() {
        return config;
    }

    private Connection connection() throws SQLException {
        HikariDataSource current = pool;
        if (current == null) {
            throw new IllegalStateException("the database " + config.safeUrl() + " is not started; start() it first");
        }
        return current.getConnection();
    }

    private synchronized HikariDataSource open() {
        if (pool == null) {
            createSqliteDirectory();
            try {
                pool = new HikariDataSource(poolConfig());
            } catch (HikariPool.PoolInitializationException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new StorageException(
                        StorageErrorCode.DATABASE_UNAVAILABLE,
                        "Cannot connect to the database " + config.safeUrl() + " (" + cause.getMessage() + "). Check "
                                + "database.url (DATABASE_URL), database.username and database.password, and that "
                                + "the database answers within database.connect-timeout (" + config.connectTimeout()
                                + ")",
                        e);
            }
        }
        return pool;
    }

    private void createSqliteDirectory() {
        Optional<Path> directory = config.sqliteFile().map(Path::toAbsolutePath).map(Path::getParent);
        if (directory.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory.get());
        } catch (IOException e) {
            throw new StorageException(
                    StorageErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot create the directory " + directory.get() + " for the SQLite database (" + e
                            + "); set data-dir to a writable directory, or database.url to another database",
                    e);
        }
    }

    private HikariConfig poolConfig() {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("baton-database");
        hikari.setJdbcUrl(config.url());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setConnectionTimeout(config.connectTimeout().toMillis());
        // Wait as long for the first connection as for any: a database starting beside us gets its chance.
        hikari.setInitializationFailTimeout(config.connectTimeout().toMillis());
        switch (config.engine()) {
            case SQLITE -> hikari.setDataSourceProperties(sqlitePragmas(config.connectTimeout()).toProperties());
            case POSTGRESQL -> {
                config.username().ifPresent(hikari::setUsername);
                config.password().ifPresent(password -> hikari.setPassword(password.reveal()));
            }
        }
        return hikari;
    }

    private static SQLiteConfig sqlitePragmas(Duration busyTimeout) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // In WAL mode NORMAL survives a crash of Baton; a power cut may lose the last commits but never corrupts the file.
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        sqlite.enforceForeignKeys(true);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return sqlite;
    }

    private static AppliedMigration applied(MigrateOutput output) {
        return new AppliedMigration(
                String.valueOf(output.version), String.valueOf(output.description), Duration.ofMillis(output.executionTime));
    }
}
