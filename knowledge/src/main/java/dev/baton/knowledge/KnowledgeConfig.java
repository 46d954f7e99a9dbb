package dev.baton.knowledge;

import static java.util.Objects.requireNonNull;

import dev.baton.config.Settings;
import dev.baton.knowledge.index.FusionMethod;
import dev.baton.knowledge.index.HybridFusion;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge module's settings ({@code knowledge.*} and {@code data-dir}); see
 * baton-defaults.conf for what each key means.
 */
public record KnowledgeConfig(
        Path dataDirectory,
        IndexKind index,
        Path indexDirectory,
        List<Path> sources,
        int chunkMaxCharacters,
        int chunkOverlapCharacters,
        int embeddingBatchSize,
        int retrievalCandidates,
        int retrievalTopK,
        HybridFusion fusion,
        double minConfidence,
        int maxQuotedPassages,
        int maxSentencesPerPassage) {
    public KnowledgeConfig {
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(index, "index is null");
        requireNonNull(indexDirectory, "indexDirectory is null");
        sources = List.copyOf(sources);
        requireNonNull(fusion, "fusion is null");
        if (chunkMaxCharacters < 1 || chunkOverlapCharacters < 0 || chunkOverlapCharacters * 2 > chunkMaxCharacters) {
            throw new IllegalArgumentException("chunk overlap must be within [0, max/2]: "
                    + chunkOverlapCharacters + " of " + chunkMaxCharacters);
        }
        if (embeddingBatchSize < 1) {
            throw new IllegalArgumentException("embeddingBatchSize must be >= 1: " + embeddingBatchSize);
        }
        if (retrievalTopK < 1 || retrievalTopK > retrievalCandidates) {
            throw new IllegalArgumentException("retrievalTopK must be within [1, candidates]: " + retrievalTopK);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be within [0, 1]: " + minConfidence);
        }
        if (maxQuotedPassages < 1 || maxSentencesPerPassage < 1) {
            throw new IllegalArgumentException("an answer quotes at least one sentence of one passage");
        }
    }

    /** Reads the settings, recording every problem in {@code settings} rather than throwing. */
    public static KnowledgeConfig from(Settings settings) {
        Path dataDirectory = settings.path("data-dir");
        Path indexDirectory = settings.optionalString("knowledge.index-directory")
                .map(value -> settings.path("knowledge.index-directory"))
                .orElse(dataDirectory.resolve("index"));

        int maxCharacters = settings.integer("knowledge.chunking.max-characters", 200, 8000);
        int overlap = settings.integer("knowledge.chunking.overlap-characters", 0, 4000);
        if (overlap * 2 > maxCharacters) {
            settings.report("knowledge.chunking.overlap-characters",
                    "must be at most half of knowledge.chunking.max-characters (" + maxCharacters + ")");
            overlap = maxCharacters / 2;
        }
        int candidates = settings.integer("knowledge.retrieval.candidates", 1, 1000);
        int topK = settings.integer("knowledge.retrieval.top-k", 1, 1000);
        if (topK > candidates) {
            settings.report("knowledge.retrieval.top-k",
                    "must be at most knowledge.retrieval.candidates (" + candidates + ")");
            topK = candidates;
        }
        double semanticWeight = settings.decimal("knowledge.retrieval.semantic-weight", 0, 10);
        double lexicalWeight = settings.decimal("knowledge.retrieval.lexical-weight", 0, 10);
        if (semanticWeight + lexicalWeight <= 0) {
            settings.report("knowledge.retrieval.lexical-weight",
                    "and knowledge.retrieval.semantic-weight cannot both be 0");
            semanticWeight = 1;
        }
        HybridFusion fusion = new HybridFusion(
                settings.choice("knowledge.retrieval.fusion", FusionMethod.class),
                semanticWeight,
                lexicalWeight,
                settings.integer("knowledge.retrieval.rrf-k", 1, 1000));

        return new KnowledgeConfig(
                dataDirectory,
                settings.choice("knowledge.index", IndexKind.class),
                indexDirectory,
                sources(settings),
                maxCharacters,
                overlap,
                settings.integer("knowledge.embedding.batch-size", 1, 512),
                candidates,
                topK,
                fusion,
                settings.decimal("knowledge.answer.min-confidence", 0, 1),
                settings.integer("knowledge.answer.max-quoted-passages", 1, 10),
                settings.integer("knowledge.answer.max-sentences-per-passage", 1, 10));
    }

    private static List<Path> sources(Settings settings) {
        List<Path> sources = new ArrayList<>();
        for (String value : settings.stringList("knowledge.sources")) {
            try {
                sources.add(Path.of(value));
            } catch (InvalidPathException e) {
                settings.report("knowledge.sources", "\"" + value + "\" is not a valid path (" + e.getReason() + ")");
            }
        }
        return sources;
    }
}
