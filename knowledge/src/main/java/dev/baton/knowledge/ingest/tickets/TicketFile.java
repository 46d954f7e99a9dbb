package dev.baton.knowledge.ingest.tickets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a ticket export: JSON Lines (one object per line) or CSV with a header row. Fields:
 * {@code id}, {@code subject}, {@code body}, {@code status} (required), {@code resolution} (what
 * makes a ticket worth reusing), {@code product}, {@code created}, {@code resolved}, {@code access} (optional;
 * access tags separated by commas, or a JSON list: who may be shown the ticket, as with documents). Every bad row is reported with its
 * line and what is wrong; good rows are kept.
 */
public final class TicketFile {
    static final Set<String> RESOLVED_STATES = Set.of("resolved", "closed", "solved", "done");
    /** An open ticket has no resolution yet: it is read, then skipped, not reported as a bad row. */
    private static final List<String> REQUIRED = List.of("id", "subject", "body", "status");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TicketFile() {}

    /** What the file held: the tickets read, and a message per row that could not be read. */
    public record Contents(List<ResolvedTicket> tickets, List<String> problems) {
        public Contents {
            tickets = List.copyOf(tickets);
            problems = List.copyOf(problems);
        }
    }

    public static Contents read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) {
                return csv(file);
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
                return jsonLines(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        throw new IllegalArgumentException(file + " is neither .jsonl (JSON Lines) nor .csv: export the tickets in one "
                + "of those formats");
    }

    private static Contents jsonLines(Path file) throws IOException {
        List<ResolvedTicket> tickets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                row(JSON.readTree(line), i + 1, tickets, problems);
            } catch (JsonProcessingException e) {
                problems.add("line " + (i + 1) + ": not a JSON object (" + e.getOriginalMessage() + ")");
            }
        }
        return new Contents(tickets, problems);
    }

    private static Contents csv(Path file) throws IOException {
        List<ResolvedTicket> tickets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<JsonNode> rows = mapper.readerFor(JsonNode.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            int line = 1;
            while (rows.hasNextValue()) {
                line++;
                row(rows.nextValue(), line, tickets, problems);
            }
        }
        return new Contents(tickets, problems);
    }

    private static void row(JsonNode row, int line, List<ResolvedTicket> tickets, List<String> problems) {
        if (!row.isObject()) {
            problems.add("line " + line + ": not an object with ticket fields");
            return;
        }
        List<String> missing = REQUIRED.stream().filter(field -> text(row, field).isEmpty()).toList();
        if (!missing.isEmpty()) {
            problems.add("line " + line + ": missing " + String.join(", ", missing)
                    + " (every ticket needs " + String.join(", ", REQUIRED) + ")");
            return;
        }
        tickets.add(new ResolvedTicket(text(row, "id").orElseThrow(), text(row, "subject").orElseThrow(),
                text(row, "body").orElseThrow(), text(row, "resolution").orElse(""), text(row, "status").orElseThrow(),
                text(row, "product"), text(row, "created"), text(row, "resolved"), access(row)));
    }

    /** Tickets from a restricted queue (HR, legal) keep their restriction as similar past tickets. */
    private static Set<String> access(JsonNode row) {
        JsonNode value = row.get("access");
        if (value == null || value.isNull()) {
            return Set.of();
        }
        List<String> tags = new java.util.ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> tags.add(item.asText()));
        } else {
            tags.addAll(List.of(value.asText().split(",")));
        }
        return tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Optional<String> text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? Optional.empty()
                : Optional.of(value.asText().strip()).filter(text -> !text.isEmpty());
    }
}
