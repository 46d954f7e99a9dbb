package dev.baton.bot.metrics;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Events received from the chat platforms and how fast they were acknowledged (Slack retries after
 * 3 s; the Bot Framework waits 15 s): a timer per surface and HTTP status class, from which the
 * count of events received is read too.
 */
public final class EventMetrics {
    private final MeterRegistry registry;

    @Inject
    public EventMetrics(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    /** The platform's endpoint, timed: every request counted with its status class and ack time. */
    public HttpServlet metered(String surface, HttpServlet endpoint) {
        return new Metered(surface, endpoint, this);
    }

    void record(String surface, int status, long nanos) {
        Timer.builder("baton.events.ack.latency")
                .description("Events received from a chat platform, and the time to acknowledge each")
                .tag("surface", surface)
                .tag("status", (status / 100) + "xx")
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private static final class Metered extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String surface;
        private final HttpServlet endpoint;
        private final transient EventMetrics metrics;

        Metered(String surface, HttpServlet endpoint, EventMetrics metrics) {
            this.surface = surface;
            this.endpoint = endpoint;
            this.metrics = metrics;
        }

        @Override
        public void init(ServletConfig config) throws ServletException {
            super.init(config);
            endpoint.init(config);
        }

        @Override
        public void destroy() {
            endpoint.destroy();
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            long started = System.nanoTime();
            try {
                endpoint.service(request, response);
            } finally {
                metrics.record(surface, response.getStatus(), System.nanoTime() - started);
            }
        }
    }
}
