package dev.baton.bot.storage;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Secret;
import dev.baton.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code database} settings: which database holds Baton's state, with which credentials, and
 * how many connections to keep. SQLite in the data directory unless a URL is given.
 */
public record DatabaseConfig(
        String url, Optional<String> username, Optional<Secret> password, int poolSize, Duration connectTimeout) {
    public static final String SQLITE_PREFIX = "jdbc:sqlite:";
    public static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    public static final String DEFAULT_SQLITE_FILE = "baton.db";
    public static final int MIN_POOL_SIZE = 2;
    public static final int MAX_POOL_SIZE = 100;
    public static final Duration MIN_CONNECT_TIMEOUT = Duration.ofMillis(250);

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

    public DatabaseConfig {
        requireNonNull(url, "url is null");
        requireNonNull(username, "username is null");
        requireNonNull(password, "password is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        problemWith(url).ifPresent(problem -> {
            throw new IllegalArgumentException("database URL " + redact(url) + " " + problem);
        });
        if (poolSize < MIN_POOL_SIZE || poolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException(
                    "pool size must be from " + MIN_POOL_SIZE + " to " + MAX_POOL_SIZE + ": " + poolSize);
        }
        if (connectTimeout.compareTo(MIN_CONNECT_TIMEOUT) < 0) {
            throw new IllegalArgumentException("connect timeout must be at least " + MIN_CONNECT_TIMEOUT + ": "
                    + connectTimeout);
        }
    }

    public static DatabaseConfig from(Settings settings) {
        Path dataDirectory = settings.path("data-dir");
        String defaultUrl = SQLITE_PREFIX + dataDirectory.resolve(DEFAULT_SQLITE_FILE);
        // Read as a secret so the settings log masks it: platforms put the password inside the URL.
        Optional<String> givenUrl = settings.secret("database.url").map(Secret::reveal);
        Optional<String> username = settings.optionalString("database.username");
        Optional<Secret> password = settings.secret("database.password");
        int poolSize = settings.integer("database.pool-size", MIN_POOL_SIZE, MAX_POOL_SIZE);
        Duration connectTimeout = settings.duration("database.connect-timeout", MIN_CONNECT_TIMEOUT, Duration.ofMinutes(5));

        String url = defaultUrl;
        if (givenUrl.isPresent() && PlatformDatabaseUrl.looksLikeOne(givenUrl.get())) {
            Optional<PlatformDatabaseUrl> platform = PlatformDatabaseUrl.parse(givenUrl.get());
            if (platform.isPresent()) {
                url = platform.get().jdbcUrl();
                // Explicit settings win over the credentials inside the URL.
                username = username.or(() -> platform.get().username());
                password = password.or(() -> platform.get().password().map(Secret::new));
            } else {
                settings.report("database.url", "is a postgres:// URL without a host or a database name; write it as "
                        + "postgres://user:password@host:port/database");
            }
        } else if (givenUrl.isPresent()) {
            Optional<String> problem = problemWith(givenUrl.get());
            if (problem.isPresent()) {
                settings.report("database.url", problem.get());
            } else {
                url = givenUrl.get();
            }
        }
        return new DatabaseConfig(url, username, password, poolSize, connectTimeout);
    }

    public DatabaseEngine engine() {
        return url.startsWith(SQLITE_PREFIX) ? DatabaseEngine.SQLITE : DatabaseEngine.POSTGRESQL;
    }

    /** The SQLite database file, whose directory Baton creates; empty for PostgreSQL. */
    public Optional<Path> sqliteFile() {
        if (engine() != DatabaseEngine.SQLITE) {
            return Optional.empty();
        }
        String location = url.substring(SQLITE_PREFIX.length());
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        int query = location.indexOf('?');
        return Optional.of(Path.of(query < 0 ? location : location.substring(0, query)));
    }

    /** The URL with any password in it masked, for logs and error messages. */
    public String safeUrl() {
        return redact(url);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + safeUrl() + ", username=" + username + ", password=" + password
                + ", poolSize=" + poolSize + ", connectTimeout=" + connectTimeout + "]";
    }

    /** What is wrong with a JDBC URL, said as the rest of a sentence about {@code database.url}. */
    private static Optional<String> problemWith(String url) {
        if (!url.startsWith(SQLITE_PREFIX) && !url.startsWith(POSTGRESQL_PREFIX)) {
            return Optional.of("must start with " + SQLITE_PREFIX + " or " + POSTGRESQL_PREFIX
                    + " (a postgres://user:password@host:port/database URL, as platforms set DATABASE_URL, is "
                    + "converted too); leave it empty for a SQLite file at <data-dir>/" + DEFAULT_SQLITE_FILE);
        }
        if (url.startsWith(SQLITE_PREFIX)) {
            String location = url.substring(SQLITE_PREFIX.length());
            if (location.isBlank() || location.contains(":memory:") || location.contains("mode=memory")) {
                return Optional.of("cannot be an in-memory SQLite database: every pooled connection would see its "
                        + "own empty database; give a file, such as " + SQLITE_PREFIX + "data/" + DEFAULT_SQLITE_FILE);
            }
        }
        return Optional.empty();
    }

    private static String redact(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
    }
}
