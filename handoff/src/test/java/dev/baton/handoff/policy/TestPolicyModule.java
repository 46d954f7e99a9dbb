package dev.baton.handoff.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TestPolicyModule {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void bindsThePolicyUnderStrictGuice() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                bind(PhraseEmbedder.class).toInstance(LocalPhraseEmbedder.shared());
                bind(Clock.class).toInstance(Clock.fixed(NOW, ZoneOffset.UTC));
            }
        }, new PolicyModule(TestEscalationConfig.defaults()));

        EscalationPolicy policy = injector.getInstance(EscalationPolicy.class);

        assertThat(policy).isSameAs(injector.getInstance(EscalationPolicy.class));
        assertThat(injector.getInstance(EscalationConfig.class)).isEqualTo(TestEscalationConfig.defaults());
        assertThat(injector.getInstance(ExplicitRequestDetector.class)).isSameAs(injector.getInstance(ExplicitRequestDetector.class));
        assertThat(policy.decide(EscalationInput.firstMessage("let me talk to a person", NOW)).escalate()).isTrue();
    }
}
