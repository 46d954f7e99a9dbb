package dev.baton.knowledge.answer;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.embedding.Vectors;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers without a language model: it quotes the few sentences of the best passages that are
 * closest in meaning to the question, each with its numbered source. When the evidence is weak
 * (see {@link ConfidenceEstimator}) it says it is not sure and lists what came closest instead.
 */
public final class ExtractiveAnswerer implements Answerer {
    public static final String GENERATOR = "extractive";

    /** A passage is quoted beside the best one only when it is nearly as close to the question. */
    private static final double QUOTE_SIMILARITY_MARGIN = 0.06;
    private static final int SENTENCES_CONSIDERED = 40;
    private static final int SNIPPET_LENGTH = 200;

    private final EmbeddingModel embeddingModel;
    private final ConfidenceEstimator confidenceEstimator;
    private final double minConfidence;
    private final int maxQuotedPassages;
    private final int maxSentencesPerPassage;

    public ExtractiveAnswerer(
            EmbeddingModel embeddingModel,
            ConfidenceEstimator confidenceEstimator,
            double minConfidence,
            int maxQuotedPassages,
            int maxSentencesPerPassage) {
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        this.confidenceEstimator = requireNonNull(confidenceEstimator, "confidenceEstimator is null");
        if (!(minConfidence >= 0 && minConfidence <= 1) || maxQuotedPassages < 1 || maxSentencesPerPassage < 1) {
            throw new IllegalArgumentException("need 0 <= minConfidence <= 1 and at least one quoted sentence");
        }
        this.minConfidence = minConfidence;
        this.maxQuotedPassages = maxQuotedPassages;
        this.maxSentencesPerPassage = maxSentencesPerPassage;
    }

    @Override
    public Answer answer(Question question, List<ScoredChunk> passages) {
        if (passages.isEmpty()) {
            return abstain(0, "nothing in the knowledge base matched the question", List.of());
        }
        String query = FollowUpQuery.text(question);
        double confidence = confidenceEstimator.confidence(query, passages);
        if (confidence < minConfidence) {
            return abstain(confidence, String.format(Locale.ROOT,
                    "low confidence (%.2f, below %.2f): the closest passages do not clearly answer the question",
                    confidence, minConfidence), closest(passages));
        }
        float[] queryVector = embeddingModel.embedQuery(query);
        double best = passages.stream().mapToDouble(ScoredChunk::semanticScore).max().orElse(0);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder("Here is what I found in the knowledge base:\n");
        int quoted = 0;
        for (ScoredChunk passage : passages) {
            if (quoted >= maxQuotedPassages) {
                break;
            }
            if (quoted > 0 && passage.semanticScore() < best - QUOTE_SIMILARITY_MARGIN) {
                continue;
            }
            Chunk chunk = passage.chunk();
            String quote = quote(chunk, queryVector);
            Integer number = numbers.get(chunk.documentId());
            if (number == null) {
                number = numbers.size() + 1;
                numbers.put(chunk.documentId(), number);
                citations.add(citation(number, chunk, quote));
            }
            text.append("\n> ").append(quote).append(" [").append(number).append(']');
            quoted++;
        }
        return new Answer(text.toString(), citations, confidence, false, Optional.empty(), GENERATOR);
    }

    /**
     * The run of consecutive sentences of a passage closest to the question (by their summed
     * similarity): a contiguous quote keeps a procedure's steps together and reads as written.
     */
    private String quote(Chunk chunk, float[] queryVector) {
        List<String> sentences = Sentences.of(chunk.text(), SENTENCES_CONSIDERED);
        if (sentences.size() <= maxSentencesPerPassage) {
            return String.join(" ", sentences);
        }
        List<float[]> vectors = embeddingModel.embedPassages(sentences);
        double[] similarity = new double[sentences.size()];
        for (int i = 0; i < similarity.length; i++) {
            similarity[i] = Vectors.dot(queryVector, vectors.get(i));
        }
        int bestStart = 0;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int start = 0; start + maxSentencesPerPassage <= sentences.size(); start++) {
            double sum = 0;
            for (int i = start; i < start + maxSentencesPerPassage; i++) {
                sum += similarity[i];
            }
            if (sum > bestSum) {
                bestSum = sum;
                bestStart = start;
            }
        }
        String quote = String.join(" ", sentences.subList(bestStart, bestStart + maxSentencesPerPassage));
        return (bestStart > 0 ? "… " : "") + quote
                + (bestStart + maxSentencesPerPassage < sentences.size() ? " …" : "");
    }

    private Answer abstain(double confidence, String reason, List<Citation> closest) {
        StringBuilder text = new StringBuilder(
                "I'm not sure: I could not find a clear answer to this in the knowledge base.");
        if (!closest.isEmpty()) {
            text.append(" The closest I found:");
            for (Citation citation : closest) {
                text.append("\n[").append(citation.number()).append("] ").append(citation.title());
                String section = withoutTitle(citation.section(), citation.title());
                if (!section.isEmpty()) {
                    text.append(" (").append(section).append(')');
                }
            }
        }
        return new Answer(text.toString(), closest, confidence, true, Optional.of(reason), GENERATOR);
    }

    /** One citation per document among the top passages, for whoever takes the question over. */
    private List<Citation> closest(List<ScoredChunk> passages) {
        Map<String, Citation> byDocument = new LinkedHashMap<>();
        for (ScoredChunk passage : passages) {
            Chunk chunk = passage.chunk();
            if (byDocument.size() < maxQuotedPassages && !byDocument.containsKey(chunk.documentId())) {
                byDocument.put(chunk.documentId(),
                        citation(byDocument.size() + 1, chunk, Sentences.shorten(snippet(chunk.text()))));
            }
        }
        return List.copyOf(byDocument.values());
    }

    /** "Expenses > Travel" under the title "Expenses" reads as "Travel". */
    private static String withoutTitle(String section, String title) {
        if (section.equals(title)) {
            return "";
        }
        String prefix = title + Section.PATH_SEPARATOR;
        return section.startsWith(prefix) ? section.substring(prefix.length()) : section;
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_LENGTH);
        return flat.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + "…";
    }

    private static Citation citation(int number, Chunk chunk, String snippet) {
        return new Citation(number, chunk.title(), chunk.location(), chunk.section(), snippet, chunk.kind());
    }
}
