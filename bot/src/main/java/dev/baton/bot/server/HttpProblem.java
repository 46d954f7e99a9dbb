package dev.baton.bot.server;

import static java.util.Objects.requireNonNull;

/** An error answer of Baton's JSON endpoints: what was wrong with which input and what to do. */
public record HttpProblem(int status, String error, String field, String fix) {
    public HttpProblem {
        requireNonNull(error, "error is null");
        requireNonNull(field, "field is null");
        requireNonNull(fix, "fix is null");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status: " + status);
        }
    }
}
