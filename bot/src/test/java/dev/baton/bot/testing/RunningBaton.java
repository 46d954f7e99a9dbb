package dev.baton.bot.testing;

import com.google.inject.Injector;
import com.google.inject.Module;
import dev.baton.bot.AllSettings;
import dev.baton.bot.Composition;
import dev.baton.bot.Lifecycle;
import dev.baton.bot.server.JettyServer;
import dev.baton.config.SettingsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole application as {@code serve} builds it — real module graph, Lucene index, SQLite,
 * Jetty on a free loopback port, the bundled sample knowledge base — started once per test JVM
 * (loading the embedding model and ingesting take seconds) and stopped when the JVM exits.
 */
public final class RunningBaton {
    /** The admin token the shared application is started with. */
    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    private static RunningBaton shared;

    private final Injector injector;
    private final Lifecycle lifecycle;
    private final URI baseUri;
    private final Path dataDirectory;

    private RunningBaton(Map<String, String> environment) throws Exception {
        this(environment, List.of());
    }

    private RunningBaton(Map<String, String> environment, List<Module> overrides) throws Exception {
        dataDirectory = Files.createTempDirectory("baton-app-");
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("BATON_DATA_DIR", dataDirectory.toString());
        env.putIfAbsent("PORT", "0");
        env.putIfAbsent("BATON_SERVER_HOST", "127.0.0.1");
        AllSettings all = AllSettings.from(SettingsLoader.load(Optional.empty(), env, RunningBaton.class.getClassLoader()));
        injector = Composition.create(all, Clock.systemUTC(), EnumSet.of(Composition.Part.SERVER), overrides);
        JettyServer server = injector.getInstance(JettyServer.class);
        lifecycle = Composition.serverLifecycle(injector);
        lifecycle.start();
        baseUri = server.baseUri();
    }

    /** A separate application with these environment variables on top of the test defaults; stop it yourself. */
    public static RunningBaton start(Map<String, String> environment) throws Exception {
        return new RunningBaton(environment);
    }

    /** As {@link #start(Map)}, with some bindings replaced (a failing index, say); stop it yourself. */
    public static RunningBaton start(Map<String, String> environment, Module... overrides) throws Exception {
        return new RunningBaton(environment, List.of(overrides));
    }

    /** The application shared by every test in this JVM, started on first use. */
    public static synchronized RunningBaton shared() {
        if (shared == null) {
            try {
                shared = new RunningBaton(Map.of("BATON_ADMIN_TOKEN", ADMIN_TOKEN));
            } catch (Exception e) {
                throw new IllegalStateException("Baton did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    public URI baseUri() {
        return baseUri;
    }

    public <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    public void stop() {
        lifecycle.stop();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
