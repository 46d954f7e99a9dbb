package dev.baton.bot.server;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.Managed;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Baton's one HTTP server (Jetty 12, ee10 servlets). Started last and stopped first. */
public final class JettyServer implements Managed {
    private static final Logger log = LoggerFactory.getLogger(JettyServer.class);

    private final ServerConfig config;
    private final Set<Route> routes;
    private Server server;
    private ServerConnector connector;

    @Inject
    public JettyServer(ServerConfig config, Set<Route> routes) {
        this.config = requireNonNull(config, "config is null");
        this.routes = Set.copyOf(requireNonNull(routes, "routes is null"));
    }

    @Override
    public synchronized void start() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.setMaxFormContentSize(config.maxRequestBytes());
        routes.stream()
                .sorted(Comparator.comparing(Route::pathSpec))
                .forEach(route -> context.addServlet(new ServletHolder(route.servlet()), route.pathSpec()));
        context.addFilter(new FilterHolder(new DrainUnreadBody()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.setErrorHandler(new QuietErrorHandler());

        // Graceful: on stop, requests in flight finish (up to the grace period); new ones are refused.
        GracefulHandler graceful = new GracefulHandler(context);
        server.setHandler(graceful);
        server.setStopTimeout(config.shutdownGrace().toMillis());
        server.setStopAtShutdown(false);
        server.start();
        log.info("Baton is listening on {}", baseUri());
    }

    /** The address the server listens on, with the real port when port 0 was asked for. */
    public synchronized URI baseUri() {
        String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    @Override
    public synchronized void stop() throws Exception {
        if (server != null) {
            try {
                server.stop();
                log.info("HTTP server stopped");
            } catch (TimeoutException e) {
                // The grace period is a promise to turns in flight, not a reason to keep running.
                log.warn("HTTP server stopped after the {} grace period with requests still in flight",
                        config.shutdownGrace());
            } finally {
                server = null;
            }
        }
    }
}
