package dev.baton.bot.assistant;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import dev.baton.handoff.policy.SignalClassifier;
import dev.baton.handoff.policy.SignalKind;
import dev.baton.knowledge.answer.MessageLabeler;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The escalation policy's second opinion on wording, from the knowledge module's language-model
 * labeler (nothing without one). The four wording detectors ask about the same message in turn, so
 * the last few messages' answers are remembered: one model call per message.
 */
public final class LanguageModelSignalClassifier implements SignalClassifier {
    private static final int REMEMBERED = 64;
    private static final Map<String, String> LABELS = Map.of(
            "explicit_request", "the person asks to talk to a human, a person, an agent or the support team",
            "frustration", "the person is angry, exasperated or fed up with the help so far",
            "cancellation", "the person wants to cancel, close the account, not renew, or move to a competitor",
            "policy_exception", "the person asks for a refund, an extension, a fee waiver, compensation or another "
                    + "exception to a rule");

    private final MessageLabeler labeler;
    private final Map<String, Set<SignalKind>> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<SignalKind>> eldest) {
                    return size() > REMEMBERED;
                }
            });

    @Inject
    public LanguageModelSignalClassifier(MessageLabeler labeler) {
        this.labeler = requireNonNull(labeler, "labeler is null");
    }

    @Override
    public Set<SignalKind> classify(String message) {
        Set<SignalKind> known = recent.get(message);
        if (known != null) {
            return known;
        }
        Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
        for (String label : labeler.labels(message, LABELS)) {
            kinds.add(SignalKind.valueOf(label.toUpperCase(Locale.ROOT)));
        }
        Set<SignalKind> result = Set.copyOf(kinds);
        recent.put(message, result);
        return result;
    }
}
