package dev.baton.bot.server;

import static java.util.Objects.requireNonNull;

/** One condition for serving traffic, shown on {@code /readyz}. */
public interface ReadinessCheck {
    record Result(boolean ready, String detail) {
        public Result {
            requireNonNull(detail, "detail is null");
        }
    }

    String name();

    Result check();
}
