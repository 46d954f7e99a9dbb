package dev.baton.handoff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.config.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The phrase detectors on real support-bot traffic: HINT3's DEV half (shared evaluation data, never
 * copied into the repository). Its bots' own intents say which messages ask for a person
 * ({@code request_human}) or complain ({@code complaint}); those are small, noisy counts (the
 * source's "chat with agent" intent also holds plain account problems the bot routed to a person),
 * so this is a smoke test of recall plus a measure of how often each detector fires on ordinary
 * real messages. Skipped when the data is absent.
 */
class TestSignalDetectorsOnHint3 {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    // Intents whose messages may rightly carry a phrase signal (refunds, cancelling an order): not "ordinary".
    private static final Set<String> NOT_ORDINARY = Set.of(
            "CANCEL_ORDER", "REFUNDS_RETURNS_REPLACEMENTS", "REFUND_OF_ADDED_CASH", "REFUND_OF_WRONG_AMOUNT",
            "RETURN_EXCHANGE", "FEEDBACK", "out_of_scope");

    @Test
    void phraseDetectorsOnHint3() throws IOException {
        Optional<Path> folder = hint3();
        assumeTrue(folder.isPresent(), "HINT3 evaluation data not found; skipped");
        ObjectMapper json = new ObjectMapper();
        JsonNode escalation = json.readTree(folder.get().resolve("escalation_intents.json").toFile());
        Set<String> requestHuman = intents(escalation, "request_human");
        Set<String> complaint = intents(escalation, "complaint");

        EscalationConfig config = EscalationConfig.from(SettingsLoader.load(Optional.empty(), Map.of(), getClass().getClassLoader()));
        Map<SignalKind, SignalDetector> detectors = new EnumMap<>(SignalKind.class);
        PolicyModule.detectors(config, new ExplicitRequestDetector(), LocalPhraseEmbedder.shared(), Clock.fixed(NOW, ZoneOffset.UTC))
                .forEach(detector -> detectors.put(detector.kind(), detector));

        Tally explicit = new Tally();
        Tally frustration = new Tally();
        Map<SignalKind, Tally> ordinary = new EnumMap<>(SignalKind.class);
        List<String> falseAlarms = new ArrayList<>();
        for (JsonNode row : rows(json, folder.get().resolve("dev.jsonl"))) {
            String text = row.path("text").asText();
            String label = row.path("label").asText();
            EscalationInput input = EscalationInput.firstMessage(text, NOW);
            Map<SignalKind, Boolean> fired = new EnumMap<>(SignalKind.class);
            for (SignalKind kind : EscalationConfig.PHRASE_SIGNALS) {
                fired.put(kind, detectors.get(kind).detect(input).isPresent());
            }
            boolean inHumanBot = !intents(escalation.path(row.path("domain").asText()), "request_human").isEmpty();
            if (inHumanBot) {
                explicit.add(fired.get(SignalKind.EXPLICIT_REQUEST), requestHuman.contains(label));
            }
            if (!intents(escalation.path(row.path("domain").asText()), "complaint").isEmpty()) {
                frustration.add(fired.get(SignalKind.FRUSTRATION), complaint.contains(label));
            }
            boolean isOrdinary = !requestHuman.contains(label) && !complaint.contains(label) && !NOT_ORDINARY.contains(label);
            if (isOrdinary) {
                for (SignalKind kind : EscalationConfig.PHRASE_SIGNALS) {
                    ordinary.computeIfAbsent(kind, k -> new Tally()).add(fired.get(kind), false);
                    if (fired.get(kind)) {
                        falseAlarms.add(kind + " on " + label + ": " + text);
                    }
                }
            }
        }
        System.out.println("HINT3 DEV (" + folder.get() + "):");
        System.out.println(Tally.header());
        System.out.println(explicit.row("explicit vs request_human"));
        System.out.println(frustration.row("frustration vs complaint"));
        ordinary.forEach((kind, tally) -> System.out.printf(java.util.Locale.ROOT,
                "%-24s fires on %d of %d ordinary in-scope messages (%.1f%%)%n",
                kind.settingName(), tally.falsePositives(), tally.negatives(), 100 * tally.falsePositiveRate()));
        falseAlarms.forEach(alarm -> System.out.println("  fired: " + alarm));

        // Floors a little below the measured figures; the counts are small, see the class comment.
        assertThat(explicit.positives()).isGreaterThanOrEqualTo(20);
        assertThat(explicit.precision()).as("explicit precision").isGreaterThanOrEqualTo(0.6);
        assertThat(explicit.recall()).as("explicit recall").isGreaterThanOrEqualTo(0.2);
        ordinary.forEach((kind, tally) ->
                assertThat(tally.falsePositiveRate()).as(kind + " on ordinary messages").isLessThanOrEqualTo(0.03));
    }

    /** /work/shared/eval/hint3 on a workstation, ../../shared/eval/hint3 from the module in CI. */
    static Optional<Path> hint3() {
        return Stream.of(Path.of("/work/shared/eval/hint3"), Path.of("../../shared/eval/hint3"))
                .filter(path -> Files.isRegularFile(path.resolve("dev.jsonl")))
                .findFirst();
    }

    private static Set<String> intents(JsonNode node, String kind) {
        Set<String> out = new HashSet<>();
        if (node.has(kind)) {
            node.get(kind).forEach(intent -> out.add(intent.asText()));
            return out;
        }
        node.forEach(bot -> bot.path(kind).forEach(intent -> out.add(intent.asText())));
        return out;
    }

    private static List<JsonNode> rows(ObjectMapper json, Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(json.readTree(line));
            }
        }
        return rows;
    }
}
