package dev.baton.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.config.ConfigProblem;
import dev.baton.config.Secret;
import dev.baton.config.Settings;
import dev.baton.config.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDatabaseConfig {
    @TempDir
    Path directory;

    @Test
    void defaultsToASqliteFileInTheDataDirectory() {
        Settings settings = load(Optional.empty(), Map.of());
        DatabaseConfig config = DatabaseConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new DatabaseConfig(
                "jdbc:sqlite:" + Path.of("data", "baton.db"), Optional.empty(), Optional.empty(), 10,
                Duration.ofSeconds(10)));
        assertThat(config.engine()).isEqualTo(DatabaseEngine.SQLITE);
        assertThat(config.sqliteFile()).contains(Path.of("data", "baton.db"));
    }

    @Test
    void followsTheDataDirectory() throws IOException {
        Settings settings = load(Optional.of(write("data-dir = \"/var/lib/baton\"\n")), Map.of());
        DatabaseConfig config = DatabaseConfig.from(settings);

        assertThat(config.url()).isEqualTo("jdbc:sqlite:" + Path.of("/var/lib/baton", "baton.db"));
        assertThat(config.sqliteFile()).contains(Path.of("/var/lib/baton/baton.db"));
    }

    @Test
    void mapsEveryKeyFromTheFile() throws IOException {
        Path file = write("""
                database {
                  url = "jdbc:postgresql://db.internal:5432/baton"
                  username = "baton"
                  password = "file-secret"
                  pool-size = 20
                  connect-timeout = 3s
                }
                """);
        Settings settings = load(Optional.of(file), Map.of());
        DatabaseConfig config = DatabaseConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new DatabaseConfig(
                "jdbc:postgresql://db.internal:5432/baton", Optional.of("baton"), Optional.of(new Secret("file-secret")),
                20, Duration.ofSeconds(3)));
        assertThat(config.engine()).isEqualTo(DatabaseEngine.POSTGRESQL);
        assertThat(config.sqliteFile()).isEmpty();
    }

    @Test
    void mapsTheEnvironmentVariables() throws IOException {
        Path file = write("database.url = \"jdbc:sqlite:from-file.db\"\n");
        Settings settings = load(Optional.of(file), Map.of(
                "DATABASE_URL", "jdbc:postgresql://10.0.0.5/state",
                "DATABASE_USERNAME", "svc",
                "DATABASE_PASSWORD", "env-secret",
                "BATON_DATABASE_POOL_SIZE", "4",
                "BATON_DATABASE_CONNECT_TIMEOUT", "500ms"));
        DatabaseConfig config = DatabaseConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config).isEqualTo(new DatabaseConfig(
                "jdbc:postgresql://10.0.0.5/state", Optional.of("svc"), Optional.of(new Secret("env-secret")), 4,
                Duration.ofMillis(500)));
    }

    @Test
    void acceptsAnExplicitSqliteFile() {
        Settings settings = load(Optional.empty(), Map.of("DATABASE_URL", "jdbc:sqlite:file:/srv/baton/state.db?cache=private"));
        DatabaseConfig config = DatabaseConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.url()).isEqualTo("jdbc:sqlite:file:/srv/baton/state.db?cache=private");
        assertThat(config.sqliteFile()).contains(Path.of("/srv/baton/state.db"));
    }

    @Test
    void convertsAPlatformDatabaseUrl() {
        Settings settings = load(Optional.empty(), Map.of(
                "DATABASE_URL", "postgres://u1abc:p%40ss%3Aword@ec2-1-2-3-4.compute.amazonaws.com:5432/d8x?sslmode=require"));
        DatabaseConfig config = DatabaseConfig.from(settings);

        assertThat(settings.problems()).isEmpty();
        assertThat(config.url()).isEqualTo("jdbc:postgresql://ec2-1-2-3-4.compute.amazonaws.com:5432/d8x?sslmode=require");
        assertThat(config.username()).contains("u1abc");
        assertThat(config.password().map(Secret::reveal)).contains("p@ss:word");
        assertThat(config.engine()).isEqualTo(DatabaseEngine.POSTGRESQL);
    }

    @Test
    void convertsAPlatformUrlWithoutPortOrCredentialsAndLetsExplicitCredentialsWin() {
        DatabaseConfig bare = DatabaseConfig.from(load(Optional.empty(), Map.of(
                "DATABASE_URL", "postgresql://db.example.net/baton")));
        assertThat(bare.url()).isEqualTo("jdbc:postgresql://db.example.net/baton");
        assertThat(bare.username()).isEmpty();
        assertThat(bare.password()).isEmpty();

        DatabaseConfig overridden = DatabaseConfig.from(load(Optional.empty(), Map.of(
                "DATABASE_URL", "postgres://platform-user:platform-pass@db.example.net:6543/baton",
                "DATABASE_USERNAME", "admin",
                "DATABASE_PASSWORD", "admin-pass")));
        assertThat(overridden.url()).isEqualTo("jdbc:postgresql://db.example.net:6543/baton");
        assertThat(overridden.username()).contains("admin");
        assertThat(overridden.password().map(Secret::reveal)).contains("admin-pass");
    }

    @Test
    void reportsAUrlOfAnotherDatabase() {
        Settings settings = load(Optional.empty(), Map.of("DATABASE_URL", "mysql://db/baton"));
        DatabaseConfig config = DatabaseConfig.from(settings);

        assertThat(settings.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("database.url");
            assertThat(problem.origin()).contains("DATABASE_URL");
            assertThat(problem.message()).isEqualTo("must start with jdbc:sqlite: or jdbc:postgresql: (a "
                    + "postgres://user:password@host:port/database URL, as platforms set DATABASE_URL, is converted "
                    + "too); leave it empty for a SQLite file at <data-dir>/baton.db");
        });
        assertThat(config.engine()).isEqualTo(DatabaseEngine.SQLITE);
    }

    @Test
    void reportsAPlatformUrlWithoutDatabaseName() {
        Settings settings = load(Optional.empty(), Map.of("DATABASE_URL", "postgres://user:pass@db.example.net:5432"));
        DatabaseConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::message).containsExactly(
                "is a postgres:// URL without a host or a database name; write it as "
                        + "postgres://user:password@host:port/database");
    }

    @Test
    void reportsAnInMemorySqliteDatabase() {
        Settings settings = load(Optional.empty(), Map.of("DATABASE_URL", "jdbc:sqlite::memory:"));
        DatabaseConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::message).containsExactly(
                "cannot be an in-memory SQLite database: every pooled connection would see its own empty database; "
                        + "give a file, such as jdbc:sqlite:data/baton.db");
    }

    @Test
    void reportsEveryOutOfRangeValueAtOnce() throws IOException {
        Path file = write("""
                database {
                  url = "oracle:thin"
                  pool-size = 1
                  connect-timeout = 10ms
                }
                """);
        Settings settings = load(Optional.of(file), Map.of());
        DatabaseConfig.from(settings);

        assertThat(settings.problems()).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("database.url", "database.pool-size", "database.connect-timeout");
        assertThat(settings.problems()).extracting(ConfigProblem::message).contains(
                "must be a whole number from 2 to 100", "must be a duration from PT0.25S to PT5M");
    }

    @Test
    void neverShowsPasswords() {
        Settings settings = load(Optional.empty(), Map.of(
                "DATABASE_URL", "jdbc:postgresql://db/baton?user=svc&password=in-url-secret&ssl=true",
                "DATABASE_PASSWORD", "env-secret"));
        DatabaseConfig config = DatabaseConfig.from(settings);

        assertThat(config.safeUrl()).isEqualTo("jdbc:postgresql://db/baton?user=svc&password=****&ssl=true");
        assertThat(config.toString()).doesNotContain("in-url-secret").doesNotContain("env-secret");
        assertThat(settings.effective().get("database.url")).doesNotContain("in-url-secret").startsWith("****");
        assertThat(settings.effective().get("database.password")).doesNotContain("env-secret");
    }

    @Test
    void refusesAnInvalidRecord() {
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:h2:mem:x", Optional.empty(), Optional.empty(), 10,
                        Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("database URL jdbc:h2:mem:x must start with jdbc:sqlite: or jdbc:postgresql:");
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:sqlite:x.db", Optional.empty(), Optional.empty(), 1,
                        Duration.ofSeconds(1)))
                .hasMessageContaining("pool size must be from 2 to 100");
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:sqlite:x.db", Optional.empty(), Optional.empty(), 2,
                        Duration.ofMillis(1)))
                .hasMessageContaining("connect timeout must be at least");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(directory.resolve("baton.conf"), content);
    }

    private Settings load(Optional<Path> file, Map<String, String> environment) {
        return SettingsLoader.load(file, environment, getClass().getClassLoader());
    }
}
