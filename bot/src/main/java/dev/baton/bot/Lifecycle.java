package dev.baton.bot;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the managed parts in the order given (the server last) and stops the started ones in
 * reverse (the server first, so no new turn arrives while the rest drains).
 */
public final class Lifecycle {
    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

    private final List<Managed> parts;
    private final Deque<Managed> started = new ArrayDeque<>();

    public Lifecycle(List<Managed> parts) {
        this.parts = List.copyOf(requireNonNull(parts, "parts is null"));
    }

    public synchronized void start() throws Exception {
        for (Managed part : parts) {
            try {
                part.start();
            } catch (Exception e) {
                stop();
                throw e;
            }
            started.push(part);
        }
    }

    public synchronized void stop() {
        while (!started.isEmpty()) {
            Managed part = started.pop();
            try {
                part.stop();
            } catch (Exception e) {
                log.error("Stopping {} failed; continuing with the rest", part.getClass().getSimpleName(), e);
            }
        }
    }
}
