package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.baton.bot.server.Route;
import dev.baton.handoff.lifecycle.HandoffService;
import java.time.Clock;

/**
 * The admin pages. Binds {@link AdminConfig} (the instance given, from the {@code admin.*} keys),
 * {@link AdminSessions}, the report readers and the {@code /admin/*} route. Needs the Jdbi, the
 * knowledge settings and embedding model, the HandoffService and a Clock.
 */
public final class AdminModule extends AbstractModule {
    private final AdminConfig config;

    public AdminModule(AdminConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(AdminConfig.class).toInstance(config);
        bind(ConversationFactsReader.class).in(Singleton.class);
        bind(KnowledgeGaps.class).in(Singleton.class);
        bind(AdminReports.class).in(Singleton.class);
        bind(JdbiReviewTags.class).in(Singleton.class);
        bind(ReviewQueue.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    AdminSessions sessions(Clock clock) {
        return new AdminSessions(config.token(), config.session(), clock);
    }

    @ProvidesIntoSet
    Route adminRoute(
            AdminSessions sessions, AdminReports reports, ReviewQueue review, HandoffService handoffs, Clock clock) {
        return new Route("/admin/*", new AdminServlet(sessions, reports, review, handoffs, clock));
    }
}
