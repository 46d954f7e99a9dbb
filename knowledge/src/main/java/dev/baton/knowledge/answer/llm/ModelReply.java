package dev.baton.knowledge.answer.llm;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The structured reply the model was asked for: its answer, the passage numbers it cites, and
 * whether the passages cover the question.
 */
record ModelReply(String answer, List<Integer> cited, boolean covered) {
    private static final ObjectMapper JSON = new ObjectMapper();

    ModelReply {
        requireNonNull(answer, "answer is null");
        cited = List.copyOf(cited);
    }

    /**
     * Reads the message content; empty when it is not the JSON object of the schema. A model may
     * ignore the schema (an endpoint without structured outputs), so every field is checked.
     */
    static Optional<ModelReply> parse(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonNode answer = root.get("answer");
        JsonNode cited = root.get("cited");
        JsonNode covered = root.get("covered");
        if (answer == null || !answer.isTextual() || cited == null || !cited.isArray()
                || covered == null || !covered.isBoolean()) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode number : cited) {
            if (!number.isIntegralNumber() || !number.canConvertToInt()) {
                return Optional.empty();
            }
            numbers.add(number.intValue());
        }
        if (covered.booleanValue() && answer.textValue().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ModelReply(answer.textValue().strip(), numbers, covered.booleanValue()));
    }
}
