package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.baton.bot.handoff.ResolutionListener;
import dev.baton.bot.server.Route;
import dev.baton.handoff.lifecycle.HandoffService;
import java.time.Clock;

/**
 * The admin pages. Binds {@link AdminSessions} (from the {@link AdminConfig} given, read from the
 * {@code admin.*} keys and bound by the settings module), the report readers, the proposed-answers
 * loop (a {@code ResolutionListener}) and the {@code /admin/*} route. Needs the Jdbi, the knowledge
 * base, its settings and embedding model, the HandoffService and a Clock.
 */
public final class AdminModule extends AbstractModule {
    private final AdminConfig config;

    public AdminModule(AdminConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(ConversationFactsReader.class).in(Singleton.class);
        bind(KnowledgeGaps.class).in(Singleton.class);
        bind(AdminReports.class).in(Singleton.class);
        bind(JdbiReviewTags.class).in(Singleton.class);
        bind(ReviewQueue.class).in(Singleton.class);
        bind(JdbiProposedAnswers.class).in(Singleton.class);
        bind(ProposedAnswers.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), ResolutionListener.class).addBinding().to(ProposedAnswers.class);
    }

    @Provides
    @Singleton
    AdminSessions sessions(Clock clock) {
        return new AdminSessions(config.token(), config.session(), clock);
    }

    @ProvidesIntoSet
    Route adminRoute(AdminSessions sessions, AdminReports reports, ReviewQueue review, ProposedAnswers proposals,
            HandoffService handoffs, Clock clock) {
        return new Route("/admin/*", new AdminServlet(sessions, reports, review, proposals, handoffs, clock));
    }
}
