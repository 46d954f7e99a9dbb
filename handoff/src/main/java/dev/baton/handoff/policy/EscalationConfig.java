package dev.baton.handoff.policy;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Settings;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code escalation} settings: how much each signal weighs, the total that hands a
 * conversation to a human (per channel if need be), and the limits of the individual detectors.
 *
 * @param weights the weight of every signal but {@link SignalKind#EXPLICIT_REQUEST}, which always escalates
 * @param threshold the total weight at which Baton escalates
 * @param channelThresholds thresholds that replace {@code threshold} in the given channels
 * @param similarity the cosine similarity to an exemplar phrase at which a phrase signal fires, for
 *     {@link SignalKind#EXPLICIT_REQUEST}, {@link SignalKind#FRUSTRATION}, {@link SignalKind#CANCELLATION}
 *     and {@link SignalKind#POLICY_EXCEPTION}; 1 leaves that signal to its lexicon alone
 * @param repeatedQuestionSimilarity the similarity to an earlier user message that makes a message the same question
 * @param repeatedThumbsDown how many 👎 in a conversation count as repeated failure
 * @param lowConfidenceBelow an answer confidence below this is low
 * @param complexMinProblems distinct problems in one message that make it complex
 * @param complexMinWords words in one message that make it complex
 * @param complexMinErrorCodes distinct error codes in one message that make it complex
 * @param maxOpen how long a conversation may stay open before that is a signal
 * @param maxUserTurns how many user turns a conversation may take before that is a signal
 */
public record EscalationConfig(
        Map<SignalKind, Double> weights,
        double threshold,
        Map<String, Double> channelThresholds,
        Map<SignalKind, Double> similarity,
        double repeatedQuestionSimilarity,
        int repeatedThumbsDown,
        double lowConfidenceBelow,
        int complexMinProblems,
        int complexMinWords,
        int complexMinErrorCodes,
        Duration maxOpen,
        int maxUserTurns) {
    /** The signals detected by phrase: a lexicon plus similarity to exemplar phrases. */
    public static final java.util.Set<SignalKind> PHRASE_SIGNALS = java.util.EnumSet.of(
            SignalKind.EXPLICIT_REQUEST, SignalKind.FRUSTRATION, SignalKind.CANCELLATION, SignalKind.POLICY_EXCEPTION);

    private static final Pattern CHANNEL_THRESHOLD = Pattern.compile("\\s*([^=\\s]+)\\s*=\\s*([0-9]+(?:\\.[0-9]+)?)\\s*");
    private static final double MAX_WEIGHT = 100;

    public EscalationConfig {
        weights = immutableEnumMap(weights);
        for (SignalKind kind : SignalKind.values()) {
            if (kind != SignalKind.EXPLICIT_REQUEST && !weights.containsKey(kind)) {
                throw new IllegalArgumentException("no weight for " + kind);
            }
        }
        if (weights.containsKey(SignalKind.EXPLICIT_REQUEST)) {
            throw new IllegalArgumentException("an explicit request always escalates; it has no weight");
        }
        weights.forEach((kind, weight) -> requireRange(kind + " weight", weight, 0, MAX_WEIGHT));
        requirePositive("threshold", threshold);
        channelThresholds = Map.copyOf(channelThresholds);
        channelThresholds.forEach((channel, value) -> requirePositive("threshold of channel " + channel, value));
        similarity = immutableEnumMap(similarity);
        if (!similarity.keySet().equals(PHRASE_SIGNALS)) {
            throw new IllegalArgumentException("similarity thresholds are needed for exactly " + PHRASE_SIGNALS);
        }
        similarity.forEach((kind, value) -> requireRange(kind + " similarity", value, 0, 1));
        requireRange("repeatedQuestionSimilarity", repeatedQuestionSimilarity, 0, 1);
        requireAtLeastOne("repeatedThumbsDown", repeatedThumbsDown);
        requireRange("lowConfidenceBelow", lowConfidenceBelow, 0, 1);
        requireAtLeastOne("complexMinProblems", complexMinProblems);
        requireAtLeastOne("complexMinWords", complexMinWords);
        requireAtLeastOne("complexMinErrorCodes", complexMinErrorCodes);
        requireNonNull(maxOpen, "maxOpen is null");
        if (maxOpen.isNegative() || maxOpen.isZero()) {
            throw new IllegalArgumentException("maxOpen must be positive: " + maxOpen);
        }
        requireAtLeastOne("maxUserTurns", maxUserTurns);
    }

    /** The weight a fired signal adds; an explicit request weighs the whole threshold. */
    public double weight(SignalKind kind, String channelId) {
        return kind == SignalKind.EXPLICIT_REQUEST ? thresholdFor(channelId) : weights.get(kind);
    }

    /** The threshold of the channel: its override, or the general one. */
    public double thresholdFor(String channelId) {
        return channelThresholds.getOrDefault(channelId, threshold);
    }

    public static EscalationConfig from(Settings settings) {
        Map<SignalKind, Double> weights = new EnumMap<>(SignalKind.class);
        for (SignalKind kind : SignalKind.values()) {
            if (kind != SignalKind.EXPLICIT_REQUEST) {
                weights.put(kind, settings.decimal("escalation.weight." + kind.settingName(), 0, MAX_WEIGHT));
            }
        }
        double threshold = settings.decimal("escalation.threshold", 0.01, MAX_WEIGHT);
        Map<String, Double> channelThresholds = new LinkedHashMap<>();
        for (String entry : settings.stringList("escalation.channel-thresholds")) {
            Matcher matcher = CHANNEL_THRESHOLD.matcher(entry);
            if (matcher.matches() && Double.parseDouble(matcher.group(2)) > 0) {
                channelThresholds.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
            } else {
                settings.report("escalation.channel-thresholds",
                        "each entry must be channel=threshold with a positive threshold, such as C0123456789=1 "
                                + "(not \"" + entry + "\")");
            }
        }
        Map<SignalKind, Double> similarity = new EnumMap<>(SignalKind.class);
        for (SignalKind kind : PHRASE_SIGNALS) {
            similarity.put(kind, settings.decimal("escalation.similarity." + kind.settingName(), 0.5, 1));
        }
        return new EscalationConfig(
                weights,
                threshold,
                channelThresholds,
                similarity,
                settings.decimal("escalation.similarity.repeated-question", 0.5, 1),
                settings.integer("escalation.repeated-failure.min-thumbs-down", 1, 100),
                settings.decimal("escalation.low-confidence.below", 0, 1),
                settings.integer("escalation.complex-issue.min-problems", 2, 100),
                settings.integer("escalation.complex-issue.min-words", 20, 100_000),
                settings.integer("escalation.complex-issue.min-error-codes", 1, 100),
                settings.duration("escalation.time-without-resolution.max-open", Duration.ofMinutes(1), Duration.ofDays(7)),
                settings.integer("escalation.time-without-resolution.max-user-turns", 2, 1000));
    }

    private static Map<SignalKind, Double> immutableEnumMap(Map<SignalKind, Double> map) {
        requireNonNull(map, "map is null");
        return map.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(map));
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be within [" + min + ", " + max + "]: " + value);
        }
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }
}
