package dev.baton.bot.server;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServlet;

/** A servlet and the path it serves; every feature module contributes its routes to one set. */
public record Route(String pathSpec, HttpServlet servlet) {
    public Route {
        requireNonNull(pathSpec, "pathSpec is null");
        requireNonNull(servlet, "servlet is null");
        if (!pathSpec.startsWith("/")) {
            throw new IllegalArgumentException("a path spec starts with /: " + pathSpec);
        }
    }
}
