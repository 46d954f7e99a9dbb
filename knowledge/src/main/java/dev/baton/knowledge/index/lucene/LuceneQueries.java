package dev.baton.knowledge.index.lucene;

import dev.baton.knowledge.index.SearchFilter;
import dev.baton.knowledge.ingest.ChunkKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene queries of a search: the visibility filter and the BM25 text query. */
final class LuceneQueries {
    /** More distinct terms than this add little to a question and slow BM25 down. */
    private static final int MAX_TERMS = 64;

    private LuceneQueries() {}

    /**
     * What the asker may see: public chunks and chunks sharing one of their access tags; chunks of
     * the asked product and chunks of none; the allowed kinds.
     */
    static Query filter(SearchFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> access = new LinkedHashSet<>();
        access.add(ChunkDocuments.NONE);
        filter.accessTags().forEach(tag -> access.add(ChunkDocuments.filterTerm(tag)));
        query.add(anyOf(ChunkDocuments.ACCESS, access), Occur.FILTER);
        filter.product().ifPresent(product -> query.add(
                anyOf(ChunkDocuments.PRODUCT, Set.of(ChunkDocuments.filterTerm(product), ChunkDocuments.NONE)),
                Occur.FILTER));
        if (!filter.kinds().containsAll(EnumSet.allOf(ChunkKind.class))) {
            query.add(anyOf(ChunkDocuments.KIND, filter.kinds().stream().map(Enum::name).toList()), Occur.FILTER);
        }
        return query.build();
    }

    static Query anyOf(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /** BM25 over the analysed words of the text (any may match), or empty when no word is left. */
    static Optional<Query> text(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(ChunkDocuments.SEARCHABLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string in memory cannot fail", e);
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(ChunkDocuments.SEARCHABLE, term)), Occur.SHOULD);
        }
        return Optional.of(query.build());
    }

    /** {@code query} restricted by {@code filter}. */
    static Query filtered(Query query, Query filter) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }
}
