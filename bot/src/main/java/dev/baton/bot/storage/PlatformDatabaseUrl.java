package dev.baton.bot.storage;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A {@code postgres://user:password@host:port/database} URL, as Heroku, Render, Fly and others set
 * {@code DATABASE_URL}, split into the JDBC URL and the credentials the JDBC driver takes apart.
 */
record PlatformDatabaseUrl(String jdbcUrl, Optional<String> username, Optional<String> password) {
    PlatformDatabaseUrl {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(username, "username is null");
        requireNonNull(password, "password is null");
    }

    static boolean looksLikeOne(String url) {
        return url.startsWith("postgres://") || url.startsWith("postgresql://");
    }

    /** The converted URL; empty when it has no host or no database name. */
    static Optional<PlatformDatabaseUrl> parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (uri.getHost() == null || path == null || path.length() < 2) {
            return Optional.empty();
        }
        StringBuilder jdbc = new StringBuilder(DatabaseConfig.POSTGRESQL_PREFIX).append("//").append(uri.getHost());
        if (uri.getPort() != -1) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append(path);
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        // getUserInfo() decodes percent-escapes, which platforms use for unusual characters in passwords.
        Optional<String> userInfo = Optional.ofNullable(uri.getUserInfo());
        Optional<String> username = userInfo.map(info -> info.split(":", 2)[0]).filter(user -> !user.isEmpty());
        Optional<String> password = userInfo.filter(info -> info.contains(":"))
                .map(info -> info.split(":", 2)[1])
                .filter(secret -> !secret.isEmpty());
        return Optional.of(new PlatformDatabaseUrl(jdbc.toString(), username, password));
    }
}
