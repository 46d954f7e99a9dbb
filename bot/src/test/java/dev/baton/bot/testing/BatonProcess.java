package dev.baton.bot.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Baton process ({@code serve}, the test classpath, the same JVM flags as the launch
 * commands) on a loopback port chosen once, so a restart listens where the first run did. Its log
 * goes to {@code target/processes/<name>-<run>.log}. {@link #kill()} is {@code kill -9}: no shutdown
 * hook, no drain, nothing flushed.
 */
public final class BatonProcess implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final String name;
    private final Map<String, String> environment;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int runs;

    public BatonProcess(String name, Map<String, String> environment) throws IOException {
        this.name = name;
        this.environment = Map.copyOf(environment);
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            this.port = socket.getLocalPort();
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts the process and waits until /readyz answers 200. */
    public synchronized void start() throws IOException, InterruptedException {
        Path logs = Files.createDirectories(Path.of("target", "processes"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "dev.baton.bot.Main", "serve"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + "-" + (++runs) + ".log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("BATON_SERVER_HOST", "127.0.0.1");
        process = builder.start();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see "
                        + logs.resolve(name + "-" + runs + ".log").toAbsolutePath());
            }
            if (ready()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + READY_WITHIN);
    }

    private boolean ready() throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(baseUri().resolve("/readyz"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** kill -9, and waits until the process is gone. */
    public synchronized void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    public synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** A graceful stop (SIGTERM: Baton drains its turns), as a platform stops a dyno. */
    @Override
    public synchronized void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
