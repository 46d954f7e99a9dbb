package dev.baton.bot.webchat;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.server.Route;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * Adds the web chat page ({@code /}) and its API ({@code /api/webchat/*}) to the server's routes.
 * Needs the {@link Assistant} and {@link WebChatConfig} ({@code webchat.*} keys).
 */
public final class WebChatModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<Route> routes = Multibinder.newSetBinder(binder(), Route.class);
        routes.addBinding().toProvider(ApiRoute.class);
        routes.addBinding().toInstance(new Route("/", new StaticPageServlet()));
        bind(ApiRoute.class);
    }

    static final class ApiRoute implements Provider<Route> {
        private final Assistant assistant;
        private final WebChatConfig config;

        @Inject
        ApiRoute(Assistant assistant, WebChatConfig config) {
            this.assistant = assistant;
            this.config = config;
        }

        @Override
        public Route get() {
            return new Route("/api/webchat/*", new WebChatServlet(assistant, config));
        }
    }
}
