package dev.baton.handoff.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/** One row of {@code policy/labelled-messages.jsonl}: a message, the user's earlier messages, and its signals. */
record LabelledMessage(String text, List<String> earlier, Set<SignalKind> signals) {
    static final String RESOURCE = "policy/labelled-messages.jsonl";

    LabelledMessage {
        earlier = List.copyOf(earlier);
        signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
    }

    /**
     * Half the rows, fixed by a checksum of the text so that nobody picks them: the tuning half
     * chooses thresholds, the other half reports figures.
     */
    boolean inTuningHalf() {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    EscalationInput input(Instant now) {
        return new EscalationInput(text, earlier, now, earlier.size() + 1, Optional.empty(), 0, false, "");
    }

    static List<LabelledMessage> load() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = LabelledMessage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            List<LabelledMessage> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                List<String> earlier = new ArrayList<>();
                row.path("earlier").forEach(node -> earlier.add(node.asText()));
                Set<SignalKind> signals = EnumSet.noneOf(SignalKind.class);
                row.path("signals").forEach(node -> signals.add(SignalKind.valueOf(node.asText())));
                rows.add(new LabelledMessage(row.path("text").asText(), earlier, signals));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
