package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import dev.baton.bot.conversation.Surface;
import dev.baton.bot.handoff.HandoffCoordinator;
import dev.baton.bot.handoff.RequesterChannel;
import dev.baton.bot.handoff.StaffDesk;
import dev.baton.bot.metrics.EventMetrics;
import dev.baton.handoff.lifecycle.HandoffSurveys;
import dev.baton.handoff.store.StaffThreadStore;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import dev.baton.bot.assistant.Assistant;
import dev.baton.bot.conversation.ConversationStore;
import dev.baton.bot.conversation.FeedbackStore;
import dev.baton.bot.server.Route;
import dev.baton.bot.server.ServerConfig;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Baton in Slack: adds {@code /slack/events} (events, slash commands and buttons on one Request
 * URL) to the server's routes and binds the {@link SlackTurnExecutor} and the {@link SlackInboxWorker}
 * (the durable inbox), {@code Managed}s the composition root starts before the server and stops after
 * it, the Slack {@link StaffDesk} (request
 * threads in the on-call channels) and the Slack {@link RequesterChannel}. Needs the {@link Assistant}, the
 * conversation and feedback stores, the database's {@link Jdbi} and a {@link Clock}; reads the
 * {@code slack.*} settings through the {@link SlackConfig} and {@link SlackInboxConfig} given. Installed only when Slack is on.
 */
public final class SlackModule extends AbstractModule {
    private final SlackConfig config;
    private final SlackInboxConfig inboxConfig;

    public SlackModule(SlackConfig config, SlackInboxConfig inboxConfig) {
        this.config = requireNonNull(config, "config is null");
        this.inboxConfig = requireNonNull(inboxConfig, "inboxConfig is null");
        if (!config.enabled()) {
            throw new IllegalArgumentException("the Slack module needs a bot token and a signing secret");
        }
    }

    @Override
    protected void configure() {
        bind(SlackConfig.class).toInstance(config);
        bind(SlackInboxConfig.class).toInstance(inboxConfig);
        bind(SlackTurnExecutor.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), Route.class).addBinding().toProvider(EventsRoute.class);
        bind(EventsRoute.class);
        Multibinder.newSetBinder(binder(), StaffDesk.class).addBinding().to(SlackStaffDesk.class);
        MapBinder.newMapBinder(binder(), Surface.class, RequesterChannel.class)
                .addBinding(Surface.SLACK)
                .to(SlackRequesterChannel.class);
    }

    @Provides
    @Singleton
    Slack slack(SlackConfig slackConfig) {
        com.slack.api.SlackConfig sdk = new com.slack.api.SlackConfig();
        sdk.setMethodsEndpointUrlPrefix(slackConfig.effectiveApiUrl().toString());
        sdk.setStatsEnabled(false);
        sdk.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(sdk);
    }

    @Provides
    @Singleton
    SlackWebApi webApi(Slack slack, SlackConfig slackConfig) {
        return new SlackWebApi(slack.methods(slackConfig.botToken().orElseThrow().reveal()));
    }

    @Provides
    @Singleton
    SlackReplier replier(SlackWebApi api) {
        return new SlackReplier(api);
    }

    @Provides
    @Singleton
    SlackStaffDesk staffDesk(SlackWebApi api) {
        return new SlackStaffDesk(api);
    }

    @Provides
    @Singleton
    SlackRequesterChannel requesterChannel(SlackReplier replier) {
        return new SlackRequesterChannel(replier);
    }

    @Provides
    @Singleton
    SlackStaffActions staffActions(HandoffCoordinator coordinator, HandoffSurveys surveys, StaffThreadStore threads,
            SlackDeliveries deliveries, SlackTurnExecutor executor, SlackReplier replier, Clock clock) {
        return new SlackStaffActions(coordinator, surveys, threads, deliveries, executor, replier, clock);
    }

    @Provides
    @Singleton
    SlackDeliveries deliveries(Jdbi jdbi) {
        return new SlackDeliveries(jdbi);
    }

    @Provides
    @Singleton
    SlackInbox inbox(Jdbi jdbi) {
        return new SlackInbox(jdbi);
    }

    @Provides
    @Singleton
    SlackAnswering answering(SlackConfig slackConfig, Assistant assistant, SlackReplier replier, SlackInbox inbox,
            Clock clock) {
        return new SlackAnswering(slackConfig, assistant, replier, inbox, clock);
    }

    @Provides
    @Singleton
    SlackInboxWorker inboxWorker(SlackInbox inbox, SlackDeliveries deliveries, SlackAnswering answering,
            SlackTurnExecutor executor, SlackInboxConfig inboxSettings, SlackConfig slackConfig, ServerConfig server,
            Clock clock) {
        return new SlackInboxWorker(inbox, deliveries, answering, executor, inboxSettings, slackConfig, server, clock);
    }

    @Provides
    @Singleton
    SlackTurns turns(SlackConfig slackConfig, ConversationStore conversations, SlackInbox inbox,
            SlackInboxWorker worker, SlackStaffActions staff, Clock clock) {
        return new SlackTurns(slackConfig, conversations, inbox, worker, staff, clock);
    }

    @Provides
    @Singleton
    SlackActions actions(Assistant assistant, ConversationStore conversations, FeedbackStore feedback,
            SlackTurnExecutor executor, SlackReplier replier, Clock clock) {
        return new SlackActions(assistant, conversations, feedback, executor, replier, clock);
    }

    @Provides
    @Singleton
    App app(SlackConfig slackConfig, Slack slack, SlackTurns turns, SlackActions actions, SlackStaffActions staff) {
        return SlackBoltApp.create(slackConfig, slack, turns, actions, staff);
    }

    static final class EventsRoute implements Provider<Route> {
        private final App app;
        private final String signingSecret;
        private final EventMetrics metrics;

        @Inject
        EventsRoute(App app, SlackConfig config, EventMetrics metrics) {
            this.app = app;
            this.signingSecret = config.signingSecret().orElseThrow().reveal();
            this.metrics = metrics;
        }

        @Override
        public Route get() {
            return new Route("/slack/events", metrics.metered("slack", new SlackEventsServlet(app, signingSecret)));
        }
    }
}
