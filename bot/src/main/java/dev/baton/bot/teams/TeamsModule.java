package dev.baton.bot.teams;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.FeedbackStore;
import dev.baton.bot.conversation.Surface;
import dev.baton.bot.handoff.HandoffCoordinator;
import dev.baton.bot.handoff.RequesterChannel;
import dev.baton.bot.handoff.StaffDesk;
import dev.baton.bot.metrics.EventMetrics;
import dev.baton.bot.server.Route;
import dev.baton.handoff.store.StaffThreadStore;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Microsoft Teams: adds {@code /api/messages} to the server's routes and binds {@link TeamsTurns} (a
 * {@code Managed} the composition root starts before the server), {@link TeamsMessenger} (proactive
 * messages for the handoff module, and through it the Teams {@link RequesterChannel}) and the Teams
 * {@link StaffDesk}. Needs the {@link Assistant}, the {@link ConversationStore} and {@link FeedbackStore}
 * (card votes go with every surface's), {@link Jdbi} and {@link TeamsConfig} ({@code teams.*} keys).
 * Installed only when {@code teams.enabled} is true.
 */
public final class TeamsModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Route.class).addBinding().toProvider(TeamsRouteProvider.class);
        bind(TeamsRouteProvider.class);
        MapBinder.newMapBinder(binder(), Surface.class, RequesterChannel.class)
                .addBinding(Surface.TEAMS)
                .to(TeamsRequesterChannel.class);
        Multibinder.newSetBinder(binder(), StaffDesk.class).addBinding().to(TeamsStaffDesk.class);
    }

    @Provides
    @Singleton
    TeamsRequesterChannel requesterChannel(TeamsMessenger messenger) {
        return new TeamsRequesterChannel(messenger);
    }

    @Provides
    @Singleton
    TeamsBotAdapter adapter(TeamsConfig config, Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new TeamsBotAdapter(config, http, clock);
    }

    @Provides
    @Singleton
    TeamsTurns turns(TeamsConfig config) {
        return new TeamsTurns(config);
    }

    @Provides
    @Singleton
    TeamsConversationReferences references(Jdbi jdbi) {
        return new TeamsConversationReferences(jdbi);
    }

    @Provides
    @Singleton
    TeamsGreetings greetings(Jdbi jdbi) {
        return new TeamsGreetings(jdbi);
    }

    @Provides
    @Singleton
    TeamsMessenger messenger(TeamsBotAdapter adapter, TeamsConversationReferences references) {
        return new TeamsMessenger(adapter, references);
    }

    @Provides
    @Singleton
    BatonTeamsBot bot(
            Assistant assistant,
            ConversationStore conversations,
            FeedbackStore feedback,
            TeamsConversationReferences references,
            TeamsGreetings greetings,
            StaffThreadStore staffThreads,
            HandoffCoordinator coordinator,
            Clock clock) {
        return new BatonTeamsBot(assistant, conversations, feedback, references, greetings, staffThreads,
                new TeamsStaffActions(coordinator), clock);
    }

    @Provides
    @Singleton
    TeamsStaffDesk staffDesk(TeamsMessenger messenger) {
        return new TeamsStaffDesk(messenger);
    }

    static final class TeamsRouteProvider implements jakarta.inject.Provider<Route> {
        private final TeamsBotAdapter adapter;
        private final BatonTeamsBot bot;
        private final TeamsTurns turns;
        private final EventMetrics metrics;

        @jakarta.inject.Inject
        TeamsRouteProvider(TeamsBotAdapter adapter, BatonTeamsBot bot, TeamsTurns turns, EventMetrics metrics) {
            this.adapter = adapter;
            this.bot = bot;
            this.turns = turns;
            this.metrics = metrics;
        }

        @Override
        public Route get() {
            return new Route("/api/messages", metrics.metered("teams", new TeamsActivityServlet(adapter, bot, turns)));
        }
    }
}
