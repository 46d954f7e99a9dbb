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
                bind(SignalClassifier.class).toInstance(SignalClassifier.NONE);
                bind(Clock.class).toInstance(Clock.fixed(NOW, ZoneOffset.UTC));
            }
        }, new PolicyModule(TestEscalationConfig.defaults()));

        EscalationPolicy policy = injector.getInstance(EscalationPolicy.class);

        assertThat(policy).isSameAs(injector.getInstance(EscalationPolicy.class));
        assertThat(injector.getInstance(EscalationConfig.class)).isEqualTo(TestEscalationConfig.defaults());
        assertThat(injector.getInstance(ExplicitRequestDetector.class)).isSameAs(injector.getInstance(ExplicitRequestDetector.class));
        assertThat(policy.decide(EscalationInput.firstMessage("let me talk to a person", NOW)).escalate()).isTrue();
    }

    @Test
    void aLanguageModelsReadingAddsWordingSignalsTheLocalDetectorsMiss() {
        // Wording no lexicon or exemplar covers; the classifier reads it as cancellation and frustration.
        String message = "Honestly thinking of taking our business to the folks down the road, this has been a saga";
        SignalClassifier classifier = text -> text.equals(message)
                ? java.util.Set.of(SignalKind.CANCELLATION, SignalKind.FRUSTRATION, SignalKind.LOW_CONFIDENCE)
                : java.util.Set.of();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                bind(PhraseEmbedder.class).toInstance(LocalPhraseEmbedder.shared());
                bind(SignalClassifier.class).toInstance(classifier);
                bind(Clock.class).toInstance(Clock.fixed(NOW, ZoneOffset.UTC));
            }
        }, new PolicyModule(TestEscalationConfig.defaults()));

        EscalationDecision decision = injector.getInstance(EscalationPolicy.class)
                .decide(EscalationInput.firstMessage(message, NOW));

        assertThat(decision.escalate()).isTrue();
        assertThat(decision.reasons()).anySatisfy(reason -> assertThat(reason).contains("language model"));
        assertThat(decision.reasons()).noneSatisfy(reason -> assertThat(reason).startsWithIgnoringCase("low confidence"))
                .as("only wording signals take the classifier's word");
    }
}
