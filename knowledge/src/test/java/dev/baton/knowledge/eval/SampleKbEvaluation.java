package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.DefaultKnowledgeBase;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.ConfidenceEstimator;
import dev.baton.knowledge.answer.ConversationTurn;
import dev.baton.knowledge.answer.ExtractiveAnswerer;
import dev.baton.knowledge.answer.FollowUpQuery;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.ingest.Chunker;
import dev.baton.knowledge.ingest.DocumentIngester;
import dev.baton.knowledge.ingest.IngestListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs a labelled question set against a knowledge-base folder through the real pipeline (ingestion,
 * hybrid retrieval, the extractive answerer), as an employee without access tags would ask.
 */
final class SampleKbEvaluation {
    /** One question's outcome: the documents found (best first), the answer and its evidence. */
    record Outcome(LabelledQuestion question, List<String> ranking, Answer answer, ConfidenceEstimator.Evidence evidence) {
        double factCoverage() {
            if (question.facts().isEmpty()) {
                return 1;
            }
            String text = normalise(answer.text());
            return question.facts().stream().filter(fact -> text.contains(normalise(fact))).count()
                    / (double) question.facts().size();
        }

        boolean relevantAt(int k) {
            return ranking.stream().limit(k).anyMatch(question.documents()::contains);
        }

        private static String normalise(String text) {
            return text.toLowerCase(Locale.ROOT).replace('\u2013', '-').replaceAll("\\s+", " ");
        }
    }

    private final EmbeddingModel embeddingModel;
    private final KnowledgeConfig config;
    private final ConfidenceEstimator confidenceEstimator;

    SampleKbEvaluation(EmbeddingModel embeddingModel, KnowledgeConfig config, ConfidenceEstimator confidenceEstimator) {
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        this.config = requireNonNull(config, "config is null");
        this.confidenceEstimator = requireNonNull(confidenceEstimator, "confidenceEstimator is null");
    }

    List<Outcome> run(Path root, List<LabelledQuestion> questions) {
        try (LuceneVectorIndex index = LuceneVectorIndex.inMemory(config.fusion(), config.retrievalCandidates())) {
            Chunker chunker = new Chunker(config.chunkMaxCharacters(), config.chunkOverlapCharacters());
            ExtractiveAnswerer answerer = new ExtractiveAnswerer(embeddingModel, confidenceEstimator,
                    config.minConfidence(), config.maxQuotedPassages(), config.maxSentencesPerPassage());
            DefaultKnowledgeBase knowledgeBase = new DefaultKnowledgeBase(
                    new DocumentIngester(index, embeddingModel, chunker, config.embeddingBatchSize()),
                    index, embeddingModel, answerer, config.retrievalTopK());
            knowledgeBase.ingest(List.of(root), IngestListener.NONE);
            List<Outcome> outcomes = new ArrayList<>();
            for (LabelledQuestion labelled : questions) {
                List<ConversationTurn> history = labelled.history().stream()
                        .map(text -> new ConversationTurn(ConversationTurn.Speaker.USER, text)).toList();
                Question question = new Question(labelled.question(), history, SearchFilter.everything());
                List<ScoredChunk> passages = knowledgeBase.retrieve(question, config.retrievalCandidates());
                List<ScoredChunk> top = passages.subList(0, Math.min(passages.size(), config.retrievalTopK()));
                Answer answer = answerer.answer(question, top);
                outcomes.add(new Outcome(labelled, documents(passages), answer,
                        ConfidenceEstimator.evidence(FollowUpQuery.text(question), top)));
            }
            return outcomes;
        }
    }

    /** The figures of a run, answerable and off-topic questions apart. */
    record Figures(int answerable, int offTopic, double top1, double top3, double factCoverage,
            double factCoverageWhenAnswered, double falseAbstention, double abstentionRecall) {
        String table() {
            return String.format(Locale.ROOT, """
                    Sample knowledge base: %d answerable, %d off-topic questions
                      top-1 / top-3 document accuracy   %.3f / %.3f
                      key-fact coverage                 %.3f (answered only: %.3f)
                      false abstention (answerable)     %.3f
                      abstention recall (off-topic)     %.3f
                    """, answerable, offTopic, top1, top3, factCoverage, factCoverageWhenAnswered,
                    falseAbstention, abstentionRecall);
        }
    }

    static Figures figures(List<Outcome> outcomes) {
        List<Outcome> answerable = outcomes.stream().filter(o -> o.question().answerable()).toList();
        List<Outcome> offTopic = outcomes.stream().filter(o -> !o.question().answerable()).toList();
        List<Outcome> answered = answerable.stream().filter(o -> !o.answer().abstained()).toList();
        return new Figures(answerable.size(), offTopic.size(),
                mean(answerable, o -> o.relevantAt(1) ? 1 : 0),
                mean(answerable, o -> o.relevantAt(3) ? 1 : 0),
                mean(answerable, o -> o.answer().abstained() ? 0 : o.factCoverage()),
                mean(answered, Outcome::factCoverage),
                mean(answerable, o -> o.answer().abstained() ? 1 : 0),
                mean(offTopic, o -> o.answer().abstained() ? 1 : 0));
    }

    private static double mean(List<Outcome> outcomes, java.util.function.ToDoubleFunction<Outcome> value) {
        return outcomes.isEmpty() ? 0 : outcomes.stream().mapToDouble(value).sum() / outcomes.size();
    }

    private static List<String> documents(List<ScoredChunk> passages) {
        Set<String> documents = new LinkedHashSet<>();
        for (ScoredChunk passage : passages) {
            documents.add(passage.chunk().documentId());
        }
        return List.copyOf(documents);
    }
}
