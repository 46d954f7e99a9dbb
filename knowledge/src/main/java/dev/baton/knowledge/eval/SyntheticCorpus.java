package dev.baton.knowledge.eval;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.Chunker;
import dev.baton.knowledge.ingest.Passages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A large knowledge base made from a small BEIR corpus, for the budget benchmark: the corpus is
 * written again and again as Markdown files, copy {@code v} of a document titled "{title} (edition
 * v)" with its sentences rotated by {@code v} places, so that no two chunks have the same text or
 * vector. Copy 0 is the corpus as it is. Copies are added until the chunks (as Baton's chunker cuts
 * them) reach the target; the first chunk texts are kept so that the model's own throughput can
 * be measured on passages that ingestion embeds.
 */
final class SyntheticCorpus {
    private SyntheticCorpus() {}

    /** {@code sample}: the searchable text of the first chunks written, at most as many as asked for. */
    record Written(int documents, int copies, int chunks, List<String> sample) {
        Written {
            sample = List.copyOf(sample);
        }
    }

    static Written write(BeirDataset dataset, Chunker chunker, int targetChunks, int sampleSize, Path folder) {
        if (dataset.corpus().isEmpty()) {
            throw new KnowledgeException(KnowledgeErrorCode.INVALID_EVALUATION_DATA, dataset.name() + " has an empty corpus");
        }
        List<String> sample = new ArrayList<>(sampleSize);
        int chunks = 0;
        int documents = 0;
        int copy = 0;
        try {
            while (chunks < targetChunks) {
                Path copyFolder = Files.createDirectories(folder.resolve(String.format(Locale.ROOT, "edition-%04d", copy)));
                for (BeirDataset.CorpusDocument original : dataset.corpus()) {
                    if (chunks >= targetChunks) {
                        break;
                    }
                    BeirDataset.CorpusDocument document = variant(original, copy);
                    for (Chunk chunk : chunker.chunk(RetrievalEvaluation.source(document))) {
                        chunks++;
                        if (sample.size() < sampleSize) {
                            sample.add(Passages.searchableText(chunk));
                        }
                    }
                    Files.writeString(copyFolder.resolve(fileName(original.id()) + ".md"),
                            "# " + document.title() + "\n\n" + document.text() + "\n");
                    documents++;
                }
                copy++;
            }
        } catch (IOException e) {
            throw new KnowledgeException(KnowledgeErrorCode.INDEX_FAILED, "cannot write the synthetic corpus to " + folder, e);
        }
        return new Written(documents, copy, chunks, sample);
    }

    static BeirDataset.CorpusDocument variant(BeirDataset.CorpusDocument document, int copy) {
        String title = document.title().isBlank() ? document.id() : document.title();
        if (copy == 0) {
            return new BeirDataset.CorpusDocument(document.id(), title, document.text());
        }
        List<String> sentences = new ArrayList<>(List.of(document.text().split("(?<=[.!?])\\s+")));
        java.util.Collections.rotate(sentences, copy % Math.max(1, sentences.size()));
        return new BeirDataset.CorpusDocument(document.id() + "-e" + copy, title + " (edition " + copy + ")",
                String.join(" ", sentences));
    }

    private static String fileName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
