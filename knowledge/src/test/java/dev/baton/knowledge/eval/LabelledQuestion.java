package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a labelled question set: the question as an employee would type it, the user's
 * earlier messages when it is a follow-up, the documents (paths relative to the knowledge-base root)
 * that answer it and the short facts a good answer contains. No documents means it must abstain.
 */
record LabelledQuestion(String id, String question, List<String> history, List<String> documents, List<String> facts) {
    LabelledQuestion {
        requireNonNull(id, "id is null");
        requireNonNull(question, "question is null");
        history = List.copyOf(history);
        documents = List.copyOf(documents);
        facts = List.copyOf(facts);
    }

    boolean answerable() {
        return !documents.isEmpty();
    }

    static List<LabelledQuestion> read(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<LabelledQuestion> questions = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jsonl)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                questions.add(new LabelledQuestion(node.path("id").asText(), node.path("question").asText(),
                        strings(node.path("history")), strings(node.path("documents")), strings(node.path("facts"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return questions;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }
}
