package dev.baton.handoff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestEscalationPolicy {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final EscalationConfig CONFIG = new EscalationConfig(
            TestEscalationConfig.weights(1), 2, Map.of("C-CAUTIOUS", 1.0, "C-RELAXED", 3.0),
            TestEscalationConfig.defaults().similarity(), 0.88, 2, 0.79, 3, 150, 2, Duration.ofMinutes(30), 8);
    private static final EscalationPolicy POLICY = new EscalationPolicy(
            PolicyModule.detectors(CONFIG, new ExplicitRequestDetector(), LocalPhraseEmbedder.shared(), Clock.fixed(NOW, ZoneOffset.UTC)),
            CONFIG);

    @Test
    void anExplicitRequestEscalatesAtOnceWhateverElseIsSaid() {
        EscalationDecision decision = POLICY.decide(EscalationInput.firstMessage("/human", NOW));

        assertThat(decision.escalate()).isTrue();
        assertThat(decision.signals()).extracting(FiredSignal::kind).containsExactly(SignalKind.EXPLICIT_REQUEST);
        assertThat(decision.explanation()).startsWith("Escalating at once: the user asked for a person (said \"/human\")");
        assertThat(decision.reasons()).containsExactly("explicit request: said \"/human\"");
    }

    @Test
    void anExplicitRequestEscalatesEvenWhereTheChannelThresholdIsHigh() {
        EscalationDecision decision = POLICY.decide(input("Could a real person look at my payslip?", "C-RELAXED", Optional.empty()));

        assertThat(decision.escalate()).isTrue();
        assertThat(decision.threshold()).isEqualTo(3);
        assertThat(decision.total()).isEqualTo(3);
    }

    @Test
    void anOrdinaryQuestionAnsweredWellStaysWithTheBot() {
        EscalationDecision decision = POLICY.decide(
                input("How do I connect to the office printer?", "", Optional.of(new AnswerAssessment(0.92, false))));

        assertThat(decision.escalate()).isFalse();
        assertThat(decision.signals()).isEmpty();
        assertThat(decision.total()).isZero();
        assertThat(decision.explanation()).isEqualTo("Not escalating: no signal fired (threshold 2).");
    }

    @Test
    void oneSignalIsNotEnoughByDefault() {
        EscalationDecision decision = POLICY.decide(
                input("How do I connect to the office printer?", "", Optional.of(new AnswerAssessment(0.4, false))));

        assertThat(decision.escalate()).isFalse();
        assertThat(decision.signals()).extracting(FiredSignal::kind).containsExactly(SignalKind.LOW_CONFIDENCE);
        assertThat(decision.explanation()).isEqualTo(
                "Not escalating: low confidence (1: answer confidence 0.40 is below 0.79); total 1 is below the threshold 2.");
    }

    @Test
    void twoSignalsEscalate() {
        EscalationDecision decision = POLICY.decide(input(
                "This is ridiculous, I still can't print", "", Optional.of(new AnswerAssessment(0.95, true))));

        assertThat(decision.escalate()).isTrue();
        assertThat(decision.signals()).extracting(FiredSignal::kind)
                .containsExactly(SignalKind.FRUSTRATION, SignalKind.LOW_CONFIDENCE);
        assertThat(decision.total()).isEqualTo(2);
        assertThat(decision.signal(SignalKind.FRUSTRATION).orElseThrow().signal().evidence()).isEqualTo("said \"ridiculous\"");
        assertThat(decision.explanation()).startsWith("Escalating: frustration (1: said \"ridiculous\"), low confidence (1: ")
                .endsWith("total 2 reaches the threshold 2.");
    }

    @Test
    void aChannelOverrideReplacesTheThreshold() {
        EscalationInput message = input("I want a refund for last month", "C-CAUTIOUS", Optional.empty());

        EscalationDecision decision = POLICY.decide(message);

        assertThat(decision.escalate()).isTrue();
        assertThat(decision.threshold()).isEqualTo(1);
        assertThat(decision.explanation()).endsWith("total 1 reaches the threshold 1 of channel C-CAUTIOUS.");
        assertThat(POLICY.decide(input("I want a refund for last month", "", Optional.empty())).escalate()).isFalse();
    }

    @Test
    void contextSignalsCountLikeAnyOther() {
        EscalationInput input = new EscalationInput("How do I reset my VPN password?", List.of(), NOW.minus(Duration.ofMinutes(45)),
                3, Optional.empty(), 0, true, "");

        EscalationDecision decision = POLICY.decide(input);

        assertThat(decision.escalate()).isTrue();
        assertThat(decision.signals()).extracting(FiredSignal::kind)
                .containsExactly(SignalKind.HIGH_VALUE_CUSTOMER, SignalKind.TIME_WITHOUT_RESOLUTION);
        assertThat(decision.reasons()).containsExactly(
                "high value customer: the customer's context marks them as high value",
                "time without resolution: open for 45 minutes without resolution (limit 30 minutes)");
    }

    @Test
    void weightsAreConfigurable() {
        Map<SignalKind, Double> weights = TestEscalationConfig.weights(1);
        weights.put(SignalKind.CANCELLATION, 2.0);
        EscalationConfig config = new EscalationConfig(weights, 2, Map.of(), CONFIG.similarity(), 0.88, 2, 0.79, 3, 150, 2,
                Duration.ofMinutes(30), 8);
        EscalationPolicy policy = new EscalationPolicy(
                PolicyModule.detectors(config, new ExplicitRequestDetector(), LocalPhraseEmbedder.shared(), Clock.fixed(NOW, ZoneOffset.UTC)),
                config);

        EscalationDecision decision = policy.decide(EscalationInput.firstMessage("Please close our company account", NOW));

        assertThat(decision.escalate()).isTrue();
        assertThat(decision.total()).isEqualTo(2);
    }

    @Test
    void refusesAPolicyThatCouldTrapSomeone() {
        assertThatThrownBy(() -> new EscalationPolicy(List.of(new HighValueCustomerDetector()), CONFIG))
                .hasMessageContaining("needs an explicit-request detector");
        assertThatThrownBy(() -> new EscalationPolicy(
                        List.of(new HighValueCustomerDetector(), new HighValueCustomerDetector()), CONFIG))
                .hasMessageContaining("two detectors for HIGH_VALUE_CUSTOMER");
    }

    private static EscalationInput input(String message, String channel, Optional<AnswerAssessment> answer) {
        return new EscalationInput(message, List.of(), NOW, 1, answer, 0, false, channel);
    }
}
