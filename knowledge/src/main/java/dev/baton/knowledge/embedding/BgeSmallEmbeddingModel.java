package dev.baton.knowledge.embedding;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.KnowledgeErrorCode;
import dev.baton.knowledge.KnowledgeException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * bge-small-en-v1.5 (quantized ONNX, 384 dimensions) running in process; the model ships inside a
 * Maven artifact, so nothing is downloaded. Queries carry bge's retrieval instruction, passages do
 * not, as the model was trained. Loading takes a second or two: load once per process.
 */
public final class BgeSmallEmbeddingModel implements EmbeddingModel {
    /** The instruction bge-*-v1.5 expects in front of a short query that searches for passages. */
    public static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private static final Logger LOG = LoggerFactory.getLogger(BgeSmallEmbeddingModel.class);
    private static final int DIMENSIONS = 384;

    private final dev.langchain4j.model.embedding.EmbeddingModel model;
    private final int batchSize;

    private BgeSmallEmbeddingModel(dev.langchain4j.model.embedding.EmbeddingModel model, int batchSize) {
        this.model = requireNonNull(model, "model is null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** Loads the model; its passages are embedded on one daemon thread per core. */
    public static BgeSmallEmbeddingModel load(int batchSize) {
        long started = System.nanoTime();
        try {
            BgeSmallEnV15QuantizedEmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel(executor());
            // The ONNX session is created lazily by some versions: embed once so that loading happens here.
            model.embed("warm up");
            LOG.info("Loaded bge-small-en-v1.5 (quantized) in {} ms", (System.nanoTime() - started) / 1_000_000);
            return new BgeSmallEmbeddingModel(model, batchSize);
        } catch (RuntimeException | LinkageError e) {
            throw new KnowledgeException(KnowledgeErrorCode.EMBEDDING_FAILED,
                    "cannot load the bge-small-en-v1.5 embedding model: " + e.getMessage(), e);
        }
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embedQuery(String query) {
        requireNonNull(query, "query is null");
        return embed(List.of(QUERY_INSTRUCTION + query)).get(0);
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        List<float[]> out = new ArrayList<>(passages.size());
        for (int from = 0; from < passages.size(); from += batchSize) {
            out.addAll(embed(passages.subList(from, Math.min(passages.size(), from + batchSize))));
        }
        return out;
    }

    private List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = texts.stream()
                // The tokenizer rejects empty input; a blank passage has no meaning to embed anyway.
                .map(text -> TextSegment.from(text.isBlank() ? "." : text))
                .toList();
        List<Embedding> embeddings;
        try {
            embeddings = model.embedAll(segments).content();
        } catch (RuntimeException e) {
            throw new KnowledgeException(KnowledgeErrorCode.EMBEDDING_FAILED, "embedding failed: " + e.getMessage(), e);
        }
        if (embeddings.size() != texts.size()) {
            throw new KnowledgeException(KnowledgeErrorCode.EMBEDDING_FAILED,
                    "the model returned " + embeddings.size() + " vectors for " + texts.size() + " texts");
        }
        return embeddings.stream().map(embedding -> Vectors.normalised(embedding.vector())).toList();
    }

    private static ExecutorService executor() {
        AtomicInteger count = new AtomicInteger();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        // Daemon threads: the model lives as long as the process and must not keep it from exiting.
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bge-embedding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
