package dev.baton.bot.cli;

import dev.baton.bot.AllSettings;
import dev.baton.knowledge.IndexKind;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.index.IndexCopy;
import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.index.lucene.LuceneVectorIndex;
import dev.baton.knowledge.index.qdrant.QdrantVectorIndex;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Copies the embedded Lucene index into Qdrant, with the stored vectors: no sources read, nothing embedded. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {
            "Copy the embedded Lucene index (knowledge.index-directory) into Qdrant (the qdrant.* settings), "
                    + "chunks and vectors as they are: the sources are not read again and nothing is embedded.",
            "Safe to run again or after an interruption: documents already in Qdrant with the same content are "
                    + "skipped, changed ones replaced, and documents no longer in the Lucene index removed.",
            "Stop the Baton server that uses the Lucene index first (only one process may open it)."
        })
public final class ReindexCommand implements Callable<Integer> {
    /** A progress line every this many documents. */
    private static final int PROGRESS_EVERY = 100;

    @Mixin
    SettingsOption settingsOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "INDEX",
            description = "The index to copy into: qdrant. The source is always the Lucene index.")
    String to;

    @Override
    public Integer call() {
        if (!to.equalsIgnoreCase(IndexKind.QDRANT.name())) {
            throw new ParameterException(spec.commandLine(), "--to " + to
                    + " is not a target: reindex copies the Lucene index into qdrant, so give --to qdrant");
        }
        AllSettings all = settingsOption.load();
        KnowledgeConfig knowledge = all.knowledge();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = knowledge.indexDirectory();
        if (!Files.isDirectory(folder)) {
            err.println("There is no Lucene index at " + folder + " to copy: run `baton ingest` with knowledge.index = lucene"
                    + " first, or point knowledge.index-directory (BATON_DATA_DIR) at it.");
            return 1;
        }
        try (LuceneVectorIndex lucene = LuceneVectorIndex.open(folder, knowledge.fusion(), knowledge.retrievalCandidates())) {
            Map<String, ?> documents = lucene.documents();
            if (documents.isEmpty()) {
                err.println("The Lucene index at " + folder + " is empty: nothing to copy. Run `baton ingest` first.");
                return 1;
            }
            int dimensions = dimensions(lucene, documents.keySet().iterator().next());
            try (QdrantVectorIndex qdrant = QdrantVectorIndex.open(
                    all.qdrant(), dimensions, knowledge.fusion(), knowledge.retrievalCandidates())) {
                out.printf("Copying %s into Qdrant %s, collection %s.%n", folder, all.qdrant().endpoint(), all.qdrant().collection());
                IndexCopy.Report report = new IndexCopy(lucene, qdrant, all.qdrant().upsertBatchSize()).run(progress(out));
                out.printf("Reindexed: %d documents, %d copied (%d chunks), %d already up to date, %d removed from Qdrant;"
                        + " Qdrant holds %d chunks.%n",
                        report.documents(), report.copied(), report.chunksWritten(), report.skipped(), report.removed(), qdrant.size());
                return 0;
            }
        } catch (KnowledgeException e) {
            err.println("Cannot reindex: " + e.getMessage() + " [" + e.code() + "]");
            err.println("Run the same command again once this is fixed: what was copied is kept.");
            return 1;
        }
    }

    private static int dimensions(LuceneVectorIndex lucene, String documentId) {
        List<IndexedChunk> chunks = lucene.chunksOf(documentId);
        return chunks.isEmpty() ? 0 : chunks.get(0).vector().length;
    }

    private static IndexCopy.Listener progress(PrintWriter out) {
        return new IndexCopy.Listener() {
            private int total;
            private int done;
            private int copied;

            @Override
            public void started(int documents) {
                total = documents;
            }

            @Override
            public void documentDone(String documentId, boolean wasCopied) {
                done++;
                if (wasCopied) {
                    copied++;
                }
                if (done % PROGRESS_EVERY == 0 || done == total) {
                    out.printf("  %d/%d documents (%d copied, %d already there)%n", done, total, copied, done - copied);
                    out.flush();
                }
            }
        };
    }
}
