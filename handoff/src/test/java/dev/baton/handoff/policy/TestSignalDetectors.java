package dev.baton.handoff.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The boundaries of each detector: negation, thresholds, limits, and the evidence they report. */
class TestSignalDetectors {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final EscalationConfig CONFIG = TestEscalationConfig.defaults();
    private static final List<SignalDetector> DETECTORS = PolicyModule.detectors(
            CONFIG, new ExplicitRequestDetector(), LocalPhraseEmbedder.shared(), Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm not frustrated, I just want to know how to book a room",
        "I don't want to cancel my subscription, I want to change the card",
        "We are not going to cancel our contract, just asking about invoices",
        "I'm not asking for a refund",
    })
    void aNegatedPhraseDoesNotFire(String message) {
        for (SignalKind kind : List.of(SignalKind.FRUSTRATION, SignalKind.CANCELLATION, SignalKind.POLICY_EXCEPTION)) {
            assertThat(detector(kind).detect(EscalationInput.firstMessage(message, NOW))).as(kind + ": " + message).isEmpty();
        }
    }

    @Test
    void aLexiconPhraseFiresWithThePhraseAsEvidence() {
        assertThat(detect(SignalKind.CANCELLATION, "OK then please cancel our annual subscription"))
                .contains(new Signal(SignalKind.CANCELLATION, "said \"cancel our annual subscription\""));
        assertThat(detect(SignalKind.POLICY_EXCEPTION, "could you waive the late fee?"))
                .contains(new Signal(SignalKind.POLICY_EXCEPTION, "said \"waive the late fee\""));
    }

    @Test
    void aPhrasingNoLexiconListsFiresBySimilarity() {
        Optional<Signal> signal = detect(SignalKind.CANCELLATION, "We shall be looking for a new provider once this term ends");

        assertThat(signal).isPresent();
        assertThat(signal.get().evidence()).startsWith("\"we shall be looking for a new provider once this term ends\" is like \"");
        assertThat(((PhraseSignalDetector) detector(SignalKind.CANCELLATION)).lexiconHit("We shall be looking for a new provider once this term ends").phrase()).isEmpty();
    }

    @Test
    void lookAlikeOrdinaryQuestionsDoNotFire() {
        assertThat(detect(SignalKind.CANCELLATION, "How do I cancel a recurring meeting in Outlook?")).isEmpty();
        assertThat(detect(SignalKind.POLICY_EXCEPTION, "What is the refund policy for training courses?")).isEmpty();
        assertThat(detect(SignalKind.POLICY_EXCEPTION, "Excel throws an exception when I open the budget file")).isEmpty();
    }

    @Test
    void lowConfidenceNeedsAnAnswer() {
        SignalDetector detector = detector(SignalKind.LOW_CONFIDENCE);
        assertThat(detector.detect(withAnswer(Optional.empty()))).isEmpty();
        assertThat(detector.detect(withAnswer(Optional.of(new AnswerAssessment(0.5, false))))).isEmpty();
        assertThat(detector.detect(withAnswer(Optional.of(new AnswerAssessment(0.49, false)))))
                .contains(new Signal(SignalKind.LOW_CONFIDENCE, "answer confidence 0.49 is below 0.50"));
        assertThat(detector.detect(withAnswer(Optional.of(new AnswerAssessment(0.9, true)))))
                .contains(new Signal(SignalKind.LOW_CONFIDENCE, "Baton was not sure and said so (confidence 0.90)"));
    }

    @Test
    void timeWithoutResolutionCountsMinutesAndTurns() {
        SignalDetector detector = detector(SignalKind.TIME_WITHOUT_RESOLUTION);
        assertThat(detector.detect(conversation(Duration.ofMinutes(29), 7))).isEmpty();
        assertThat(detector.detect(conversation(Duration.ofMinutes(30), 1)))
                .contains(new Signal(SignalKind.TIME_WITHOUT_RESOLUTION, "open for 30 minutes without resolution (limit 30 minutes)"));
        assertThat(detector.detect(conversation(Duration.ofMinutes(2), 8)))
                .contains(new Signal(SignalKind.TIME_WITHOUT_RESOLUTION, "8 user turns without resolution (limit 8)"));
    }

    @Test
    void repeatedFailureOnTwoThumbsDownOrTheSameQuestionAgain() {
        SignalDetector detector = detector(SignalKind.REPEATED_FAILURE);
        assertThat(detector.detect(repeated("How do I book a desk?", List.of(), 1))).isEmpty();
        assertThat(detector.detect(repeated("How do I book a desk?", List.of(), 2)))
                .contains(new Signal(SignalKind.REPEATED_FAILURE, "2 answers got a 👎 in this conversation"));
        assertThat(detector.detect(repeated("how can I book a desk in the office?", List.of("How do I book a desk?"), 0)))
                .hasValueSatisfying(signal -> assertThat(signal.evidence())
                        .startsWith("asks again what was asked before: \"How do I book a desk?\" (similarity 0."));
        assertThat(detector.detect(repeated("How do I book a parking space?", List.of("How do I book a desk?"), 0))).isEmpty();
        assertThat(detector.detect(repeated("thanks", List.of("thanks"), 0))).isEmpty();
    }

    @Test
    void complexIssuesByErrorCodesProblemsOrLength() {
        SignalDetector detector = detector(SignalKind.COMPLEX_ISSUE);
        assertThat(detect(SignalKind.COMPLEX_ISSUE, "Setup fails with error 1603 and then 0x80070005"))
                .contains(new Signal(SignalKind.COMPLEX_ISSUE, "2 error codes: 0x80070005, error 1603"));
        assertThat(detect(SignalKind.COMPLEX_ISSUE, "Setup fails with error 1603")).isEmpty();
        assertThat(detect(SignalKind.COMPLEX_ISSUE, "1) no sound 2) no video 3) no screen sharing"))
                .contains(new Signal(SignalKind.COMPLEX_ISSUE, "3 distinct problems in one message"));
        assertThat(detector.detect(EscalationInput.firstMessage("word ".repeat(150), NOW)))
                .contains(new Signal(SignalKind.COMPLEX_ISSUE, "a long, detailed message (150 words)"));
        assertThat(detector.detect(EscalationInput.firstMessage("word ".repeat(149), NOW))).isEmpty();
    }

    @Test
    void highValueComesFromTheContext() {
        SignalDetector detector = detector(SignalKind.HIGH_VALUE_CUSTOMER);
        assertThat(detector.detect(EscalationInput.firstMessage("hello", NOW))).isEmpty();
        assertThat(detector.detect(new EscalationInput("hello", List.of(), NOW, 1, Optional.empty(), 0, true, "")))
                .contains(new Signal(SignalKind.HIGH_VALUE_CUSTOMER, "the customer's context marks them as high value"));
    }

    private static Optional<Signal> detect(SignalKind kind, String message) {
        return detector(kind).detect(EscalationInput.firstMessage(message, NOW));
    }

    private static SignalDetector detector(SignalKind kind) {
        return DETECTORS.stream().filter(detector -> detector.kind() == kind).findFirst().orElseThrow();
    }

    private static EscalationInput withAnswer(Optional<AnswerAssessment> answer) {
        return new EscalationInput("How do I print?", List.of(), NOW, 1, answer, 0, false, "");
    }

    private static EscalationInput conversation(Duration open, int turns) {
        return new EscalationInput("How do I print?", List.of(), NOW.minus(open), turns, Optional.empty(), 0, false, "");
    }

    private static EscalationInput repeated(String message, List<String> earlier, int thumbsDown) {
        return new EscalationInput(message, earlier, NOW, earlier.size() + 1, Optional.empty(), thumbsDown, false, "");
    }
}
