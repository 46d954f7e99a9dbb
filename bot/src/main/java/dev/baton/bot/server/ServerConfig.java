package dev.baton.bot.server;

import dev.baton.config.Settings;
import java.time.Duration;

/**
 * The HTTP server: where it listens and how long a graceful stop waits for turns in flight.
 *
 * @param host the address to bind ({@code 0.0.0.0} for every interface, {@code 127.0.0.1} for this machine only)
 */
public record ServerConfig(String host, int port, Duration shutdownGrace, int maxRequestBytes) {
    public ServerConfig {
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
    }

    public static ServerConfig from(Settings settings) {
        return new ServerConfig(
                settings.string("server.host").isBlank() ? "0.0.0.0" : settings.string("server.host"),
                settings.integer("server.port", 0, 65535),
                settings.duration("server.shutdown-grace", Duration.ZERO, Duration.ofMinutes(10)),
                (int) settings.bytes("server.max-request-size", 1024, 64L * 1024 * 1024));
    }
}
