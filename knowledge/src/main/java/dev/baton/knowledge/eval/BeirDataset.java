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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A retrieval data set in BEIR layout: {@code corpus.jsonl} ({@code _id, title, text}), {@code
 * queries.jsonl} ({@code _id, text}), {@code qrels/*.tsv} (header {@code query-id corpus-id
 * score}) and, optionally, {@code unanswerable.jsonl}: questions the corpus cannot answer.
 */
public record BeirDataset(
        String name,
        List<CorpusDocument> corpus,
        Map<String, String> queries,
        Map<String, Map<String, Integer>> relevance,
        Set<String> unanswerable) {
    public record CorpusDocument(String id, String title, String text) {
        public CorpusDocument {
            requireNonNull(id, "id is null");
            requireNonNull(title, "title is null");
            requireNonNull(text, "text is null");
        }
    }

    public BeirDataset {
        requireNonNull(name, "name is null");
        corpus = List.copyOf(corpus);
        queries = Collections.unmodifiableMap(new LinkedHashMap<>(queries));
        relevance = Map.copyOf(relevance);
        unanswerable = Set.copyOf(unanswerable);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static BeirDataset read(Path folder) {
        Path corpusFile = folder.resolve("corpus.jsonl");
        if (!Files.isRegularFile(corpusFile)) {
            throw invalid(folder + " is not a BEIR data set: it has no corpus.jsonl", null);
        }
        List<CorpusDocument> corpus = new ArrayList<>();
        for (JsonNode row : jsonLines(corpusFile)) {
            corpus.add(new CorpusDocument(field(row, "_id", corpusFile), row.path("title").asText(""),
                    row.path("text").asText("")));
        }
        Map<String, String> queries = new LinkedHashMap<>();
        Path queriesFile = folder.resolve("queries.jsonl");
        if (Files.isRegularFile(queriesFile)) {
            for (JsonNode row : jsonLines(queriesFile)) {
                queries.put(field(row, "_id", queriesFile), field(row, "text", queriesFile));
            }
        }
        Set<String> unanswerable = new LinkedHashSet<>();
        Path unanswerableFile = folder.resolve("unanswerable.jsonl");
        if (Files.isRegularFile(unanswerableFile)) {
            for (JsonNode row : jsonLines(unanswerableFile)) {
                String id = field(row, "_id", unanswerableFile);
                unanswerable.add(id);
                queries.putIfAbsent(id, field(row, "text", unanswerableFile));
            }
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new BeirDataset(name == null ? folder.toString() : name.toString(), corpus, queries,
                qrels(folder.resolve("qrels")), unanswerable);
    }

    private static Map<String, Map<String, Integer>> qrels(Path folder) {
        Map<String, Map<String, Integer>> relevance = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            throw invalid(folder + " is missing: a BEIR data set keeps its judgements in qrels/*.tsv", null);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 1; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] cells = line.split("\t");
                    if (cells.length < 3) {
                        throw invalid(file + " line " + (i + 1) + ": expected query-id, corpus-id and score", null);
                    }
                    int score = Integer.parseInt(cells[2].strip());
                    if (score > 0) {
                        relevance.computeIfAbsent(cells[0], q -> new HashMap<>()).put(cells[1], score);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw invalid("cannot read " + folder + ": " + e.getMessage(), e);
        }
        return relevance;
    }

    private static List<JsonNode> jsonLines(Path file) {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    rows.add(JSON.readTree(line));
                } catch (JacksonException e) {
                    throw invalid(file + " line " + number + " is not JSON: " + e.getOriginalMessage(), e);
                }
            }
        } catch (IOException e) {
            throw invalid("cannot read " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static String field(JsonNode row, String name, Path file) {
        JsonNode value = row.get(name);
        if (value == null || !value.isValueNode()) {
            throw invalid(file + ": a row has no \"" + name + "\"", null);
        }
        return value.asText();
    }

    private static KnowledgeException invalid(String message, Throwable cause) {
        return new KnowledgeException(KnowledgeErrorCode.INVALID_EVALUATION_DATA, message, cause);
    }
}
