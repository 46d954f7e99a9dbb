package dev.baton.knowledge.eval;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.index.IndexedChunk;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;

/**
 * LangChain4j's stock retrieval, the baseline of {@code baton bench compare}: an {@link
 * InMemoryEmbeddingStore} holding the same chunk texts and vectors as Baton's index, searched by an
 * {@link EmbeddingStoreContentRetriever} with its default minimum score. The retriever embeds the
 * query through the {@link EmbeddingModel} it is given; here that model hands back the vector Baton
 * computed for the same query, so both systems search with identical vectors.
 */
final class LangChain4jBaseline {
    static final String DOCUMENT_KEY = "document_id";

    private final EmbeddingStoreContentRetriever retriever;
    private final int maxResults;

    LangChain4jBaseline(List<IndexedChunk> chunks, List<String> texts, dev.baton.knowledge.embedding.EmbeddingModel queries,
            int maxResults) {
        requireNonNull(queries, "queries is null");
        if (chunks.size() != texts.size()) {
            throw new IllegalArgumentException("one text per chunk: " + chunks.size() + " chunks, " + texts.size() + " texts");
        }
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<String> ids = new ArrayList<>(chunks.size());
        List<Embedding> embeddings = new ArrayList<>(chunks.size());
        List<TextSegment> segments = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            IndexedChunk chunk = chunks.get(i);
            ids.add(chunk.chunk().id());
            embeddings.add(Embedding.from(chunk.vector()));
            segments.add(TextSegment.from(texts.get(i), Metadata.from(DOCUMENT_KEY, chunk.chunk().documentId())));
        }
        store.addAll(ids, embeddings, segments);
        this.maxResults = maxResults;
        this.retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(new QueryVectors(queries))
                .maxResults(maxResults)
                .build();
    }

    int maxResults() {
        return maxResults;
    }

    /** The document ids of the retrieved chunks, best first (repeats kept: the caller ranks documents). */
    List<String> retrieve(String query) {
        List<Content> found = retriever.retrieve(Query.from(query));
        List<String> documents = new ArrayList<>(found.size());
        for (Content content : found) {
            documents.add(content.textSegment().metadata().getString(DOCUMENT_KEY));
        }
        return documents;
    }

    /** LangChain4j's side of the query embedding: Baton's vector for the query text. */
    private static final class QueryVectors implements EmbeddingModel {
        private final dev.baton.knowledge.embedding.EmbeddingModel queries;

        QueryVectors(dev.baton.knowledge.embedding.EmbeddingModel queries) {
            this.queries = queries;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>(segments.size());
            for (TextSegment segment : segments) {
                out.add(Embedding.from(queries.embedQuery(segment.text())));
            }
            return Response.from(out);
        }

        @Override
        public int dimension() {
            return queries.dimensions();
        }
    }
}
