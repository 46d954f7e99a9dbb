package dev.baton.bot.webchat;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.Surface;
import dev.baton.bot.handoff.RequesterChannel;
import dev.baton.handoff.lifecycle.HandoffService;
import dev.baton.handoff.lifecycle.HandoffSurveys;
import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.server.Route;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * Adds the web chat page ({@code /}) and its API ({@code /api/webchat/*}, with the handoff updates and
 * survey under {@code /api/webchat/handoff/*}) to the server's routes, and the web chat's
 * {@link RequesterChannel}. Needs the {@link Assistant}, the ConversationStore, the HandoffService,
 * HandoffSurveys and {@link WebChatConfig} ({@code webchat.*} keys).
 */
public final class WebChatModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<Route> routes = Multibinder.newSetBinder(binder(), Route.class);
        routes.addBinding().toProvider(ApiRoute.class);
        routes.addBinding().toProvider(HandoffRoute.class);
        routes.addBinding().toInstance(new Route("/", new StaticPageServlet()));
        bind(ApiRoute.class);
        bind(HandoffRoute.class);
        MapBinder.newMapBinder(binder(), Surface.class, RequesterChannel.class)
                .addBinding(Surface.WEBCHAT)
                .toInstance(new WebChatRequesterChannel());
    }

    static final class HandoffRoute implements Provider<Route> {
        private final ConversationStore conversations;
        private final HandoffService handoffs;
        private final HandoffSurveys surveys;

        @Inject
        HandoffRoute(ConversationStore conversations, HandoffService handoffs, HandoffSurveys surveys) {
            this.conversations = conversations;
            this.handoffs = handoffs;
            this.surveys = surveys;
        }

        @Override
        public Route get() {
            return new Route("/api/webchat/handoff/*", new WebChatHandoffServlet(conversations, handoffs, surveys));
        }
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
