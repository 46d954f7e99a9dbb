package dev.baton.bot.metrics;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.baton.bot.server.Route;
import dev.baton.handoff.lifecycle.HandoffService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/**
 * Metrics (Micrometer, Prometheus format). Binds the {@link PrometheusMeterRegistry} (also as
 * {@link MeterRegistry}, with JVM, process and handoff-queue meters), {@link TurnMetrics}, {@link EventMetrics} (for the platforms' endpoints), and the
 * {@code /metrics} route. Needs the HandoffService and a Clock; reads no settings.
 */
public final class MetricsModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(TurnMetrics.class).in(Singleton.class);
        bind(EventMetrics.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    PrometheusMeterRegistry prometheusRegistry(HandoffService handoffs, Clock clock) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new HandoffQueueGauges(handoffs, clock).register(registry);
        return registry;
    }

    @Provides
    @Singleton
    MeterRegistry meterRegistry(PrometheusMeterRegistry registry) {
        return registry;
    }

    @ProvidesIntoSet
    Route metricsRoute(PrometheusMeterRegistry registry) {
        return new Route("/metrics", new MetricsServlet(registry));
    }
}
