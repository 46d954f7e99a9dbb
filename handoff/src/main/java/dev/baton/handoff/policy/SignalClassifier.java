package dev.baton.handoff.policy;

import java.util.Set;

/**
 * A second opinion on the wording signals (an explicit request for a person, frustration,
 * cancellation, a policy exception) from a language model, when one is configured; the bot adapts
 * the knowledge module's labeler. It only adds: a signal fires when the local detector or the
 * classifier finds it. Called once per message by each wording detector, so implementations cache.
 */
public interface SignalClassifier {
    /** The wording signals the message carries. */
    Set<SignalKind> classify(String message);

    /** The classifier to bind when no language model is configured: the local detectors decide alone. */
    SignalClassifier NONE = message -> Set.of();
}
