package dev.baton.handoff.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.baton.handoff.store.Engine;
import dev.baton.handoff.store.HandoffStore;
import dev.baton.handoff.store.JdbiHandoffStore;
import dev.baton.handoff.store.MigratedDatabases;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class TestHandoffModule {
    @Test
    void bindsAWorkingServiceUnderAStrictInjector() throws Exception {
        HandoffConfig config = new HandoffConfig(Optional.of("#oncall"), Duration.ofMinutes(15),
                new BusinessHours(LocalTime.of(9, 0), LocalTime.of(17, 0)), ZoneOffset.UTC, OnCallRota.empty());
        try (MigratedDatabases databases = new MigratedDatabases()) {
            Jdbi jdbi = databases.fresh(Engine.SQLITE);
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new HandoffModule(config), new AbstractModule() {
                @Override
                protected void configure() {
                    binder().requireExplicitBindings();
                    binder().disableCircularProxies();
                    bind(Jdbi.class).toInstance(jdbi);
                    bind(Clock.class).toInstance(Clock.systemUTC());
                }
            });

            assertThat(injector.getInstance(HandoffConfig.class)).isSameAs(config);
            assertThat(injector.getInstance(HandoffStore.class)).isInstanceOf(JdbiHandoffStore.class);
            HandoffService service = injector.getInstance(HandoffService.class);
            assertThat(injector.getInstance(HandoffService.class)).isSameAs(service);
            HandoffTicket ticket = service.open("c-1", new Requester("U-1", "Ann"), List.of("explicit request"), "",
                    Optional.empty());
            assertThat(service.activeFor("c-1")).contains(ticket);
        }
    }
}
