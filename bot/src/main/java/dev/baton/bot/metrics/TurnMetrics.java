package dev.baton.bot.metrics;

import static java.util.Objects.requireNonNull;

import com.google.inject.Inject;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What every turn adds to the metrics: how it ended (answered, abstained, handed off, relayed to a
 * human) per surface, how long it took, the answer's confidence and generator, and each escalation
 * reason. Tags are small closed sets, never message text or user ids.
 */
public final class TurnMetrics {
    private final MeterRegistry registry;

    @Inject
    public TurnMetrics(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    /** One turn ended as {@code outcome} (answered, abstained, handed_off, with_human) on {@code surface}. */
    public void turn(String surface, String outcome, Duration took) {
        Timer.builder("baton.turn.latency")
                .description("Time to handle one message, from receipt to reply")
                .tag("surface", tagValue(surface))
                .tag("outcome", outcome)
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(took);
    }

    /** The answer Baton gave: its confidence, and whether the LLM or the extractive answerer wrote it. */
    public void answer(double confidence, String generator, boolean abstained, Duration took) {
        Timer.builder("baton.answer.latency")
                .description("Retrieval and answering (the language model's call when it wrote the answer)")
                .tag("generator", tagValue(generator))
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(took);
        DistributionSummary.builder("baton.answer.confidence")
                .description("Confidence of Baton's answers (0 to 1)")
                .tag("generator", tagValue(generator))
                .serviceLevelObjectives(0.25, 0.5, 0.75, 0.9)
                .register(registry)
                .record(confidence);
        if (abstained) {
            Counter.builder("baton.answer.abstentions").description("Answers where Baton said it was not sure")
                    .register(registry).increment();
        }
    }

    /**
     * A turn could not search the knowledge base ({@code code}: the knowledge error code, such as
     * index_unavailable, index_timeout, index_failed) and told the person so, with the way to a human.
     */
    public void knowledgeUnavailable(String code) {
        Counter.builder("baton.knowledge.failures")
                .description("Turns that could not search the knowledge base (index down, slow or broken)")
                .tag("code", tagValue(code))
                .register(registry)
                .increment();
    }

    /** A reply that broke an answer rule (AnswerGuard) and was withheld: {@code violation} is the rule. */
    public void answerWithheld(String violation) {
        Counter.builder("baton.answer.withheld")
                .description("Answers withheld because they broke a rule (showed instructions or secrets, promised "
                        + "something, said no person could help)")
                .tag("violation", tagValue(violation))
                .register(registry)
                .increment();
    }

    /** A handoff opened for these reasons ("frustration: …", "explicit request: …"): one count per reason kind. */
    public void escalated(List<String> reasons) {
        for (String reason : reasons) {
            Counter.builder("baton.escalations")
                    .description("Handoffs to a human, by the reason that fired")
                    .tag("reason", reasonKind(reason))
                    .register(registry)
                    .increment();
        }
    }

    /** The reason's kind: the words before its colon, as a tag ("explicit_request", "low_confidence"). */
    static String reasonKind(String reason) {
        int colon = reason.indexOf(':');
        String kind = (colon > 0 ? reason.substring(0, colon) : reason).strip();
        return tagValue(kind.isEmpty() ? "unknown" : kind);
    }

    private static String tagValue(String value) {
        String tag = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return tag.length() > 40 ? tag.substring(0, 40) : tag;
    }
}
