package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides whether a turn goes to a human. An explicit request escalates at once, always: nobody
 * can be trapped with the bot. Otherwise the weights of the signals that fired are summed and held
 * against the channel's threshold (by default two signals of weight 1, as a support lead would
 * start). Every decision carries the signals, their evidence and a sentence explaining it.
 */
public final class EscalationPolicy {
    private static final double EPSILON = 1e-9;

    private final Map<SignalKind, SignalDetector> detectors;
    private final EscalationConfig config;

    public EscalationPolicy(List<SignalDetector> detectors, EscalationConfig config) {
        requireNonNull(detectors, "detectors is null");
        this.config = requireNonNull(config, "config is null");
        Map<SignalKind, SignalDetector> byKind = new EnumMap<>(SignalKind.class);
        for (SignalDetector detector : detectors) {
            if (byKind.put(detector.kind(), detector) != null) {
                throw new IllegalArgumentException("two detectors for " + detector.kind());
            }
        }
        if (!byKind.containsKey(SignalKind.EXPLICIT_REQUEST)) {
            throw new IllegalArgumentException("the policy needs an explicit-request detector: nobody may be trapped");
        }
        this.detectors = byKind;
    }

    public EscalationDecision decide(EscalationInput input) {
        requireNonNull(input, "input is null");
        String channel = input.channelId();
        double threshold = config.thresholdFor(channel);
        List<FiredSignal> fired = new ArrayList<>();
        for (SignalDetector detector : detectors.values()) {
            detector.detect(input).ifPresent(signal ->
                    fired.add(new FiredSignal(signal, config.weight(signal.kind(), channel))));
        }
        Optional<FiredSignal> explicit = fired.stream()
                .filter(signal -> signal.kind() == SignalKind.EXPLICIT_REQUEST)
                .findFirst();
        List<FiredSignal> weighed = fired.stream().filter(signal -> signal.kind() != SignalKind.EXPLICIT_REQUEST).toList();
        double weighedTotal = weighed.stream().mapToDouble(FiredSignal::weight).sum();
        double total = weighedTotal + explicit.map(FiredSignal::weight).orElse(0.0);
        if (explicit.isPresent()) {
            String also = weighed.isEmpty() ? "" : "; also " + list(weighed);
            return new EscalationDecision(true, fired, total, threshold,
                    "Escalating at once: the user asked for a person (" + explicit.get().signal().evidence() + ")" + also + ".");
        }
        boolean escalate = weighedTotal >= threshold - EPSILON;
        String against = format(weighedTotal) + (escalate ? " reaches" : " is below") + " the threshold " + format(threshold)
                + (config.channelThresholds().containsKey(channel) ? " of channel " + channel : "");
        String explanation = weighed.isEmpty()
                ? "Not escalating: no signal fired (threshold " + format(threshold) + ")."
                : (escalate ? "Escalating: " : "Not escalating: ") + list(weighed) + "; total " + against + ".";
        return new EscalationDecision(escalate, fired, total, threshold, explanation);
    }

    private static String list(List<FiredSignal> signals) {
        return signals.stream()
                .map(signal -> signal.kind().settingName().replace('-', ' ') + " (" + format(signal.weight()) + ": "
                        + signal.signal().evidence() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
