package dev.baton.knowledge.index.lucene;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.baton.knowledge.KnowledgeConfig;
import dev.baton.knowledge.index.VectorIndex;

/**
 * The embedded Lucene index.
 *
 * <p>Binds: {@link VectorIndex} to a {@link LuceneVectorIndex}, opened on first use in {@code
 * knowledge.index-directory} (default {@code <data-dir>/index}), or kept in memory when made with
 * {@link #inMemory()}. The index holds files: whoever owns the lifecycle closes it at shutdown.
 *
 * <p>Needs: {@link KnowledgeConfig} (bound by {@link dev.baton.knowledge.KnowledgeModule}).
 *
 * <p>Reads: {@code knowledge.index-directory}, {@code data-dir}, {@code knowledge.retrieval.*}.
 */
public final class LuceneIndexModule extends AbstractModule {
    private final boolean inMemory;

    /** The index on local disk. */
    public LuceneIndexModule() {
        this(false);
    }

    private LuceneIndexModule(boolean inMemory) {
        this.inMemory = inMemory;
    }

    /** An index that lives in memory only: for tests and throwaway runs. */
    public static LuceneIndexModule inMemory() {
        return new LuceneIndexModule(true);
    }

    @Provides
    @Singleton
    VectorIndex vectorIndex(KnowledgeConfig config) {
        return inMemory
                ? LuceneVectorIndex.inMemory(config.fusion(), config.retrievalCandidates())
                : LuceneVectorIndex.open(config.indexDirectory(), config.fusion(), config.retrievalCandidates());
    }
}
