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
 * Answers without a language model: it quotes the best-matching section whole (its retrieved chunks
 * joined back together, numbered steps and lists kept in order, cut at whole lines to about
 * {@value #MAX_ANSWER_CHARACTERS} characters) after a short lead-in naming the page and section with
 * its numbered source, then, if there is room, a few lines of the next sections that are nearly as
 * close to the question. When the evidence is weak
 * (see {@link ConfidenceEstimator}) it says it is not sure and lists what came closest instead.
 */
public final class ExtractiveAnswerer implements Answerer {
    public static final String GENERATOR = "extractive";

    /** A passage is quoted beside the best one only when it is nearly as close to the question. */
    private static final double QUOTE_SIMILARITY_MARGIN = 0.06;
    /** Lines of a long section scored against the question; later lines count as unrelated. */
    private static final int LINES_CONSIDERED = 60;
    /** Longest answer text: a chat reply, not a page. */
    static final int MAX_ANSWER_CHARACTERS = 1000;
    /** Room left below which no further passage is quoted (a lead-in and a line or two). */
    private static final int MIN_EXTRA_QUOTE = 250;
    private static final int SNIPPET_LENGTH = 200;
    /**
     * Below this confidence the closest passages are unrelated to the question (an off-topic
     * question): listing them would only confuse, so the abstention names none.
     */
    private static final double NOTHING_RELATED = 0.05;
    /** How much each further close chunk of a section adds to its evidence, against its best chunk's score. */
    private static final double SUPPORT_WEIGHT = 0.1;

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
        if (confidence < NOTHING_RELATED) {
            return abstain(confidence, String.format(Locale.ROOT,
                    "nothing related (confidence %.2f): the knowledge base does not seem to cover this", confidence),
                    List.of());
        }
        if (confidence < minConfidence) {
            return abstain(confidence, String.format(Locale.ROOT,
                    "low confidence (%.2f, below %.2f): the closest passages do not clearly answer the question",
                    confidence, minConfidence), closest(passages));
        }
        float[] queryVector = embeddingModel.embedQuery(query);
        passages = bySection(passages);
        ScoredChunk first = passages.get(0);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        List<String> quotedSections = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (ScoredChunk passage : passages) {
            int remaining = MAX_ANSWER_CHARACTERS - text.length();
            if (quotedSections.size() >= maxQuotedPassages || remaining < MIN_EXTRA_QUOTE) {
                break;
            }
            Chunk chunk = passage.chunk();
            String sectionKey = chunk.documentId() + "#" + chunk.section();
            boolean primary = quotedSections.isEmpty();
            if (quotedSections.contains(sectionKey)
                    || !primary && passage.semanticScore() < first.semanticScore() - QUOTE_SIMILARITY_MARGIN) {
                continue;
            }
            Integer number = numbers.get(chunk.documentId());
            String leadIn = leadIn(primary, chunk, number == null ? numbers.size() + 1 : number);
            int budget = remaining - leadIn.length() - 2;
            String quote = SectionQuote.fit(SectionQuote.sectionText(passage, passages), budget,
                    primary ? Integer.MAX_VALUE : maxSentencesPerPassage, lines -> relevance(queryVector, lines));
            if (number == null) {
                number = numbers.size() + 1;
                numbers.put(chunk.documentId(), number);
                citations.add(citation(number, chunk, Sentences.shorten(snippet(quote))));
            }
            text.append(primary ? "" : "\n\n").append(leadIn).append('\n').append(quote);
            quotedSections.add(sectionKey);
        }
        return new Answer(text.toString(), citations, confidence, false, Optional.empty(), GENERATOR);
    }

    /**
     * The passages reordered so that, among the sections nearly as close as the best one, the section
     * with the most evidence comes first: a procedure that fills several retrieved chunks ("Reset your
     * VPN password", steps 1 to 10) beats a one-paragraph sibling that happens to match the words a
     * little better. Passages further away keep their order behind them.
     */
    private static List<ScoredChunk> bySection(List<ScoredChunk> passages) {
        double floor = passages.get(0).semanticScore() - QUOTE_SIMILARITY_MARGIN;
        Map<String, ScoredChunk> leaders = new LinkedHashMap<>();
        Map<String, Double> evidence = new java.util.HashMap<>();
        for (ScoredChunk passage : passages) {
            if (passage.semanticScore() >= floor) {
                String key = sectionKey(passage.chunk());
                boolean first = leaders.putIfAbsent(key, passage) == null;
                double score = passage.semanticScore() * passage.chunk().kind().weight();
                evidence.merge(key, first ? score : SUPPORT_WEIGHT * score, Double::sum);
            }
        }
        List<ScoredChunk> ordered = new ArrayList<>(leaders.values());
        ordered.sort(java.util.Comparator.comparingDouble(
                (ScoredChunk passage) -> evidence.get(sectionKey(passage.chunk()))).reversed());
        passages.stream().filter(passage -> !ordered.contains(passage)).forEach(ordered::add);
        return ordered;
    }

    private static String sectionKey(Chunk chunk) {
        return chunk.documentId() + "#" + chunk.section();
    }

    /** "From "Title", section "Heading" [1]:": the last heading only, a path of headings reads as noise. */
    private static String leadIn(boolean primary, Chunk chunk, int number) {
        String heading = lastHeading(chunk.section());
        StringBuilder leadIn = new StringBuilder(primary ? "From \"" : "Also, from \"").append(chunk.title()).append('"');
        if (!heading.isEmpty() && !heading.equals(chunk.title())) {
            leadIn.append(", section \"").append(heading).append('"');
        }
        return leadIn.append(" [").append(number).append("]:").toString();
    }

    private static String lastHeading(String section) {
        int separator = section.lastIndexOf(Section.PATH_SEPARATOR);
        return separator < 0 ? section : section.substring(separator + Section.PATH_SEPARATOR.length());
    }

    /** Each line's similarity to the question; only asked for when a section is too long to quote whole. */
    private double[] relevance(float[] queryVector, List<String> lines) {
        List<String> considered = lines.subList(0, Math.min(lines.size(), LINES_CONSIDERED));
        List<float[]> vectors = embeddingModel.embedPassages(considered);
        double[] similarity = new double[lines.size()];
        for (int i = 0; i < considered.size(); i++) {
            similarity[i] = Vectors.dot(queryVector, vectors.get(i));
        }
        return similarity;
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
