package dev.baton.bot.admin;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import dev.baton.bot.conversation.MessageRole;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.embedding.Vectors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * What the content team should write next: the questions Baton was not sure about, grouped by
 * meaning (the local embedding model; a question joins the first group whose first question is at
 * least {@value #SAME_TOPIC} similar), largest group first; and how often each source was cited.
 */
public final class KnowledgeGaps {
    static final double SAME_TOPIC = 0.80;
    private static final int MAX_QUESTIONS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final EmbeddingModel embeddings;
    private final double minConfidence;
    // Bounded like the questions a page shows; least recently used first out.
    private final Map<String, float[]> remembered = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > 2 * MAX_QUESTIONS;
                }
            });

    @Inject
    public KnowledgeGaps(Jdbi jdbi, EmbeddingModel embeddings, KnowledgeConfig knowledge) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.embeddings = requireNonNull(embeddings, "embeddings is null");
        this.minConfidence = knowledge.minConfidence();
    }

    /** A topic Baton could not answer: how often it was asked, and the questions as people wrote them. */
    public record Gap(int count, List<String> questions) {
        public Gap {
            questions = List.copyOf(questions);
        }
    }

    /** A source and how many of Baton's answers cited it. */
    public record SourceUse(String title, String location, int citations) {}

    public List<Gap> unanswered(Instant since) {
        List<String> questions = unansweredQuestions(since);
        List<float[]> vectors = vectors(questions);
        List<float[]> leaders = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int group = -1;
            for (int g = 0; g < leaders.size() && group < 0; g++) {
                if (Vectors.dot(leaders.get(g), vectors.get(i)) >= SAME_TOPIC) {
                    group = g;
                }
            }
            if (group < 0) {
                leaders.add(vectors.get(i));
                groups.add(new ArrayList<>());
                group = groups.size() - 1;
            }
            groups.get(group).add(questions.get(i));
        }
        return groups.stream()
                .map(group -> new Gap(group.size(), group.stream().distinct().limit(5).toList()))
                .sorted(Comparator.comparingInt(Gap::count).reversed())
                .toList();
    }

    /** The questions' vectors; each text is embedded once and remembered, not again on every page view. */
    private List<float[]> vectors(List<String> questions) {
        List<String> missing = questions.stream().distinct().filter(q -> !remembered.containsKey(q)).toList();
        if (!missing.isEmpty()) {
            List<float[]> embedded = embeddings.embedPassages(missing);
            for (int i = 0; i < missing.size(); i++) {
                remembered.put(missing.get(i), embedded.get(i));
            }
        }
        return questions.stream().map(remembered::get).toList();
    }

    public List<SourceUse> sourcesCited(Instant since) {
        Map<String, SourceUse> uses = new HashMap<>();
        jdbi.withHandle(handle -> handle.createQuery("SELECT citations FROM messages WHERE role = :role AND sent_at >= :since")
                        .bind("role", MessageRole.ASSISTANT.name())
                        .bind("since", since.toEpochMilli())
                        .mapTo(String.class)
                        .list())
                .forEach(json -> citations(json).forEach(citation -> {
                    String location = citation.path("location").asText("");
                    String title = citation.path("title").asText(location);
                    uses.merge(location, new SourceUse(title, location, 1),
                            (a, b) -> new SourceUse(a.title(), a.location(), a.citations() + 1));
                }));
        return uses.values().stream()
                .sorted(Comparator.comparingInt(SourceUse::citations).reversed().thenComparing(SourceUse::title))
                .toList();
    }

    /** The user message before each answer below the confidence threshold, newest first. */
    private List<String> unansweredQuestions(Instant since) {
        record Row(String conversation, MessageRole role, String body, Double confidence) {}
        List<Row> rows = jdbi.withHandle(handle -> handle.createQuery("SELECT conversation_id, role, body, confidence "
                        + "FROM messages WHERE sent_at >= :since ORDER BY conversation_id, sent_at, seq")
                .bind("since", since.toEpochMilli())
                .map((result, context) -> {
                    double confidence = result.getDouble("confidence");
                    return new Row(result.getString("conversation_id"), MessageRole.valueOf(result.getString("role")),
                            result.getString("body"), result.wasNull() ? null : confidence);
                })
                .list());
        List<String> questions = new ArrayList<>();
        for (int i = 1; i < rows.size() && questions.size() < MAX_QUESTIONS; i++) {
            Row answer = rows.get(i);
            Row question = rows.get(i - 1);
            if (answer.role() == MessageRole.ASSISTANT && answer.confidence() != null && answer.confidence() < minConfidence
                    && question.role() == MessageRole.USER && question.conversation().equals(answer.conversation())) {
                questions.add(question.body().strip());
            }
        }
        return questions;
    }

    private static List<JsonNode> citations(String json) {
        try {
            List<JsonNode> list = new ArrayList<>();
            JSON.readTree(json).forEach(list::add);
            return list;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
