package dev.baton.bot.server;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.util.List;
import java.util.Set;

/**
 * Binds the Jetty server and the health routes. Needs {@link ServerConfig} and the set of {@link
 * ReadinessCheck}s (contributed by other modules); reads the {@code server.*} keys through ServerConfig.
 * Every feature module adds its servlets to the {@code Set<Route>} multibinder.
 */
public final class ServerModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<Route> routes = Multibinder.newSetBinder(binder(), Route.class);
        Multibinder.newSetBinder(binder(), ReadinessCheck.class);
        routes.addBinding().toProvider(HealthRouteProvider.class);
        routes.addBinding().toProvider(ReadyRouteProvider.class);
        bind(HealthRouteProvider.class);
        bind(ReadyRouteProvider.class);
        bind(JettyServer.class).in(Singleton.class);
    }

    static final class HealthRouteProvider implements jakarta.inject.Provider<Route> {
        @Override
        public Route get() {
            return new Route("/healthz", new HealthServlet(List.of(), false));
        }
    }

    static final class ReadyRouteProvider implements jakarta.inject.Provider<Route> {
        private final Set<ReadinessCheck> checks;

        @jakarta.inject.Inject
        ReadyRouteProvider(Set<ReadinessCheck> checks) {
            this.checks = Set.copyOf(checks);
        }

        @Override
        public Route get() {
            return new Route("/readyz", new HealthServlet(List.copyOf(checks), true));
        }
    }
}
