package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A wording detector with the classifier's second opinion: the local detector's evidence when it
 * fires (explainable: a lexicon phrase or a similar exemplar), otherwise the classifier's judgement.
 */
final class ClassifiedSignalDetector implements SignalDetector {
    private final SignalDetector local;
    private final SignalClassifier classifier;

    ClassifiedSignalDetector(SignalDetector local, SignalClassifier classifier) {
        this.local = requireNonNull(local, "local is null");
        this.classifier = requireNonNull(classifier, "classifier is null");
    }

    @Override
    public SignalKind kind() {
        return local.kind();
    }

    @Override
    public Optional<Signal> detect(EscalationInput input) {
        return local.detect(input).or(() -> classifier.classify(input.message()).contains(kind())
                ? Optional.of(new Signal(kind(), "the language model read the message this way"))
                : Optional.empty());
    }
}
