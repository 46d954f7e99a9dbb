package dev.baton.handoff.lifecycle;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.baton.handoff.store.HandoffStore;
import dev.baton.handoff.store.JdbiHandoffStore;
import dev.baton.handoff.store.JdbiSlaTimerStore;
import dev.baton.handoff.store.JdbiStaffThreadStore;
import dev.baton.handoff.store.JdbiSurveyStore;
import dev.baton.handoff.store.SlaTimerStore;
import dev.baton.handoff.store.StaffThreadStore;
import dev.baton.handoff.store.SurveyStore;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The handoff lifecycle. Binds {@link HandoffConfig} (the instance given, read from the
 * {@code handoff} settings by the composition root), the Jdbi stores ({@link HandoffStore},
 * {@link SlaTimerStore}, {@link SurveyStore}, {@link StaffThreadStore}), {@link HandoffService}
 * and {@link HandoffSurveys}. Needs a {@link Jdbi} and a {@link Clock} bound elsewhere.
 *
 * <p>The store is provided here from the injected {@link Jdbi} rather than bound by the bot:
 * there is one implementation and it needs nothing else, so the bot only has to share its
 * database, not know this module's persistence classes. The bot's database runs the migrations
 * that create the {@code handoff_tickets} table (they ship in this module's jar).
 */
public final class HandoffModule extends AbstractModule {
    private final HandoffConfig config;

    public HandoffModule(HandoffConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(HandoffConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    HandoffStore handoffStore(Jdbi jdbi) {
        return new JdbiHandoffStore(jdbi);
    }

    @Provides
    @Singleton
    SlaTimerStore slaTimerStore(Jdbi jdbi) {
        return new JdbiSlaTimerStore(jdbi);
    }

    @Provides
    @Singleton
    SurveyStore surveyStore(Jdbi jdbi) {
        return new JdbiSurveyStore(jdbi);
    }

    @Provides
    @Singleton
    StaffThreadStore staffThreadStore(Jdbi jdbi) {
        return new JdbiStaffThreadStore(jdbi);
    }

    @Provides
    @Singleton
    HandoffService handoffService(HandoffStore store, SlaTimerStore timers, Clock clock) {
        return new HandoffService(store, timers, config, clock);
    }

    @Provides
    @Singleton
    HandoffSurveys handoffSurveys(HandoffStore store, SurveyStore answers, Clock clock) {
        return new HandoffSurveys(store, answers, clock);
    }
}
