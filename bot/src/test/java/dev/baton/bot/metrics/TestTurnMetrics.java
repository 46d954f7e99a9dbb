package dev.baton.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTurnMetrics {
    @Test
    void reasonsAreCountedByTheirKindOnly() {
        assertThat(TurnMetrics.reasonKind("explicit request: \"let me talk to a person\"")).isEqualTo("explicit_request");
        assertThat(TurnMetrics.reasonKind("Low confidence: answer confidence 0.31 is below 0.50")).isEqualTo("low_confidence");
        assertThat(TurnMetrics.reasonKind(": odd")).isEqualTo("odd");
        assertThat(TurnMetrics.reasonKind("   ")).isEqualTo("unknown");

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TurnMetrics metrics = new TurnMetrics(registry);
        metrics.escalated(List.of("frustration: \"useless\"", "policy exception: \"refund\"", "frustration: again"));
        metrics.turn("SLACK", "handed_off", Duration.ofMillis(12));

        assertThat(registry.get("baton.escalations").tag("reason", "frustration").counter().count()).isEqualTo(2);
        assertThat(registry.get("baton.escalations").tag("reason", "policy_exception").counter().count()).isEqualTo(1);
        assertThat(registry.get("baton.turn.latency").tag("surface", "slack").timer().count()).isEqualTo(1);
    }
}
