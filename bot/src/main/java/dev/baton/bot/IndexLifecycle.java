package dev.baton.bot;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.index.VectorIndex;
import jakarta.inject.Inject;

/** Closes the vector index (flushing it) when Baton stops. */
public final class IndexLifecycle implements Managed {
    private final VectorIndex index;

    @Inject
    public IndexLifecycle(VectorIndex index) {
        this.index = requireNonNull(index, "index is null");
    }

    @Override
    public void start() {}

    @Override
    public void stop() {
        index.close();
    }
}
