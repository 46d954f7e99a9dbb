package dev.baton.knowledge;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Answerer;
import dev.baton.knowledge.answer.FollowUpQuery;
import dev.baton.knowledge.answer.PassageSanitizer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.embedding.EmbeddingModel;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.index.SearchRequest;
import dev.baton.knowledge.index.VectorIndex;
import dev.baton.knowledge.ingest.ChunkKind;
import dev.baton.knowledge.ingest.DocumentIngester;
import dev.baton.knowledge.ingest.IngestListener;
import dev.baton.knowledge.ingest.IngestReport;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The knowledge base: incremental ingestion into the index, hybrid retrieval of a question in its
 * conversation (a follow-up is searched with the question it follows), and an answer from the
 * injected {@link Answerer} over the top passages.
 */
public final class DefaultKnowledgeBase implements KnowledgeBase {
    private final DocumentIngester ingester;
    private final VectorIndex index;
    private final EmbeddingModel embeddingModel;
    private final Answerer answerer;
    private final int topK;

    public DefaultKnowledgeBase(
            DocumentIngester ingester, VectorIndex index, EmbeddingModel embeddingModel, Answerer answerer, int topK) {
        this.ingester = requireNonNull(ingester, "ingester is null");
        this.index = requireNonNull(index, "index is null");
        this.embeddingModel = requireNonNull(embeddingModel, "embeddingModel is null");
        this.answerer = requireNonNull(answerer, "answerer is null");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be >= 1: " + topK);
        }
        this.topK = topK;
    }

    @Override
    public IngestReport ingest(List<Path> roots, IngestListener listener) {
        return ingester.ingest(roots, listener);
    }

    @Override
    public List<ScoredChunk> retrieve(Question question, int limit) {
        String query = FollowUpQuery.text(question);
        List<ScoredChunk> found =
                index.search(new SearchRequest(query, embeddingModel.embedQuery(query), question.filter(), limit));
        return preferDocuments(found);
    }

    /**
     * Similar past tickets are retrieved beside documents but weigh less ({@link ChunkKind#weight()}),
     * so that a document that answers as well comes first and is cited first.
     */
    static List<ScoredChunk> preferDocuments(List<ScoredChunk> found) {
        if (found.stream().noneMatch(scored -> scored.chunk().kind() == ChunkKind.TICKET)) {
            return found;
        }
        return found.stream()
                .map(scored -> scored.chunk().kind() == ChunkKind.TICKET
                        ? new ScoredChunk(scored.chunk(), scored.score() * ChunkKind.TICKET.weight(), scored.semanticScore(),
                                scored.lexicalScore())
                        : scored)
                .sorted(Comparator.comparingDouble(ScoredChunk::score).reversed())
                .toList();
    }

    @Override
    public Answer answer(Question question) {
        // Passages are untrusted data: instructions planted in a document never reach the answerer.
        return answerer.answer(question, PassageSanitizer.sanitize(retrieve(question, topK)));
    }

    @Override
    public long indexedChunks() {
        return index.size();
    }
}
