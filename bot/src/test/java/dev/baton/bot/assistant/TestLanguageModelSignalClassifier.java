package dev.baton.bot.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.handoff.policy.SignalKind;
import dev.baton.knowledge.answer.MessageLabeler;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestLanguageModelSignalClassifier {
    @Test
    void mapsLabelsToSignalsAndAsksTheModelOncePerMessage() {
        AtomicInteger calls = new AtomicInteger();
        MessageLabeler labeler = (message, labels) -> {
            calls.incrementAndGet();
            assertThat(labels).containsOnlyKeys("explicit_request", "frustration", "cancellation", "policy_exception");
            return message.contains("leave") ? Set.of("cancellation", "frustration") : Set.of();
        };
        LanguageModelSignalClassifier classifier = new LanguageModelSignalClassifier(labeler);

        assertThat(classifier.classify("we will leave for another vendor"))
                .containsExactlyInAnyOrder(SignalKind.CANCELLATION, SignalKind.FRUSTRATION);
        classifier.classify("we will leave for another vendor");
        classifier.classify("we will leave for another vendor");
        assertThat(calls).as("the four wording detectors share one call").hasValue(1);
        assertThat(classifier.classify("how do I print?")).isEmpty();
        assertThat(new LanguageModelSignalClassifier(MessageLabeler.NONE).classify("anything")).isEmpty();
    }
}
