package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A categorization data set: {@code train.jsonl} holds the configured examples, the evaluated file
 * ({@code dev.jsonl}, else {@code test.jsonl}) the messages to categorize. Rows are {@code {"id",
 * "text", "label"}} with an optional {@code "domain"}; the label {@value #OUT_OF_SCOPE} marks a
 * message that fits no label. Domains are bots (a row is categorized among its own domain's labels)
 * when every evaluated row names one and no row's domain is {@value #OUT_OF_SCOPE}: an out-of-scope
 * message sent to a bot belongs to that bot. When out-of-scope rows carry the domain {@value
 * #OUT_OF_SCOPE}, domains group labels rather than bots (knowing one would give the label away), so
 * every row is categorized among all labels.
 */
public record CategorizationDataset(String name, String evaluatedFile, List<Row> train, List<Row> evaluated) {
    /** The label of a message that fits none of the labels. */
    public static final String OUT_OF_SCOPE = "out_of_scope";
    /** The files that can be evaluated, in order of preference. */
    static final List<String> EVALUATED_FILES = List.of("dev.jsonl", "test.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Row(String id, String text, String label, Optional<String> domain) {
        public Row {
            requireNonNull(id, "id is null");
            requireNonNull(text, "text is null");
            requireNonNull(label, "label is null");
            requireNonNull(domain, "domain is null");
        }

        public boolean outOfScope() {
            return label.equals(OUT_OF_SCOPE);
        }
    }

    public CategorizationDataset {
        requireNonNull(name, "name is null");
        requireNonNull(evaluatedFile, "evaluatedFile is null");
        train = List.copyOf(train);
        evaluated = List.copyOf(evaluated);
    }

    public static CategorizationDataset read(Path folder) {
        Path trainFile = folder.resolve("train.jsonl");
        if (!Files.isRegularFile(trainFile)) {
            throw invalid(folder + " is not a categorization set: it has no train.jsonl (the labelled examples)", null);
        }
        Path evaluatedFile = EVALUATED_FILES.stream()
                .map(folder::resolve)
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> invalid(folder + " has train.jsonl but nothing to evaluate: add "
                        + String.join(" or ", EVALUATED_FILES) + " (rows of id, text, label)", null));
        List<Row> train = rows(trainFile);
        List<Row> evaluated = rows(evaluatedFile);
        if (train.stream().allMatch(Row::outOfScope)) {
            throw invalid(trainFile + " has no in-scope examples: every row is " + OUT_OF_SCOPE, null);
        }
        if (evaluated.isEmpty()) {
            throw invalid(evaluatedFile + " has no rows", null);
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new CategorizationDataset(name == null ? folder.toString() : name.toString(),
                evaluatedFile.getFileName().toString(), train, evaluated);
    }

    /** Whether each domain is a bot of its own (see the class comment). */
    public boolean domainsAreBots() {
        return evaluated.stream().allMatch(row -> row.domain().isPresent())
                && java.util.stream.Stream.concat(train.stream(), evaluated.stream())
                        .noneMatch(row -> row.domain().equals(Optional.of(OUT_OF_SCOPE)));
    }

    /** The bots, in order of first appearance among the evaluated rows; one empty domain when domains are not bots. */
    public List<Optional<String>> domains() {
        return domainsAreBots() ? evaluated.stream().map(Row::domain).distinct().toList() : List.of(Optional.empty());
    }

    private static List<Row> rows(Path file) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (JacksonException e) {
                    throw invalid(file + " line " + number + " is not JSON: " + e.getOriginalMessage(), e);
                }
                String where = file + " line " + number;
                JsonNode domain = row.get("domain");
                rows.add(new Row(
                        row.path("id").asText("line-" + number),
                        field(row, "text", where),
                        field(row, "label", where),
                        domain != null && domain.isTextual() && !domain.asText().isBlank()
                                ? Optional.of(domain.asText())
                                : Optional.empty()));
            }
        } catch (IOException e) {
            throw invalid("cannot read " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static String field(JsonNode row, String name, String where) {
        JsonNode value = row.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(where + " has no \"" + name + "\" (each row needs a non-empty text and label)", null);
        }
        return value.asText();
    }

    private static KnowledgeException invalid(String message, Throwable cause) {
        return new KnowledgeException(KnowledgeErrorCode.INVALID_EVALUATION_DATA, message, cause);
    }
}
