package dev.baton.bot.server;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /healthz} answers 200 while the process serves; {@code /readyz} answers 200 only when every
 * readiness check passes (knowledge indexed, database reachable), 503 with the failing ones otherwise.
 */
public final class HealthServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient List<ReadinessCheck> checks;
    private final boolean readiness;

    public HealthServlet(List<ReadinessCheck> checks, boolean readiness) {
        this.checks = List.copyOf(requireNonNull(checks, "checks is null"));
        this.readiness = readiness;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!readiness) {
            write(response, 200, Map.of("status", "ok"));
            return;
        }
        Map<String, String> results = new LinkedHashMap<>();
        boolean ready = true;
        for (ReadinessCheck check : checks) {
            ReadinessCheck.Result result = check.check();
            results.put(check.name(), result.detail());
            ready &= result.ready();
        }
        write(response, ready ? 200 : 503, Map.of("status", ready ? "ready" : "not ready", "checks", results));
    }
}
