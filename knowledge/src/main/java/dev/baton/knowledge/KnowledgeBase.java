package dev.baton.knowledge;

import dev.baton.knowledge.answer.Answer;
import dev.baton.knowledge.answer.Question;
import dev.baton.knowledge.index.ScoredChunk;
import dev.baton.knowledge.ingest.IngestListener;
import dev.baton.knowledge.ingest.IngestReport;
import java.nio.file.Path;
import java.util.List;

/** What the rest of Baton asks of the knowledge module. */
public interface KnowledgeBase {
    /**
     * Ingests files and folders (recursively) incrementally: unchanged documents are skipped,
     * changed ones replaced, and documents that were ingested from these roots but are gone are removed.
     */
    IngestReport ingest(List<Path> roots, IngestListener listener);

    /** The chunks most relevant to the question (with the conversation as context), best first. */
    List<ScoredChunk> retrieve(Question question, int limit);

    /** A grounded answer with citations, or an honest abstention. */
    Answer answer(Question question);

    /** Number of indexed chunks; zero means nothing has been ingested yet. */
    long indexedChunks();
}
