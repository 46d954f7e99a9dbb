package dev.baton.knowledge.index.lucene;

import dev.baton.knowledge.index.IndexedChunk;
import dev.baton.knowledge.ingest.Chunk;
import dev.baton.knowledge.ingest.ChunkKind;
import dev.baton.knowledge.ingest.Passages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** How a chunk is laid out in a Lucene document: what is matched, filtered on and stored for citing. */
final class ChunkDocuments {
    static final String ID = "id";
    static final String DOCUMENT = "document";
    static final String VECTOR = "vector";
    static final String SEARCHABLE = "searchable";
    static final String PRODUCT = "product";
    static final String ACCESS = "access";
    static final String KIND = "kind";
    static final String HASH = "hash";
    static final String SOURCE = "source";
    /** The filter term of "no product" and of "no access tag" (public): no real name contains NUL. */
    static final String NONE = "\u0000";

    private static final String TITLE = "title";
    private static final String LOCATION = "location";
    private static final String SECTION = "section";
    private static final String POSITION = "position";
    private static final String TEXT = "text";
    private static final String PRODUCT_NAME = "product_name";
    private static final String ACCESS_TAG = "access_tag";

    static final Set<String> DOCUMENT_STATE_FIELDS = Set.of(DOCUMENT, HASH, SOURCE);

    private ChunkDocuments() {}

    /** Product names and access tags match whatever their case. */
    static String filterTerm(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    static Document toDocument(IndexedChunk indexed) {
        Chunk chunk = indexed.chunk();
        Document document = new Document();
        document.add(new StringField(ID, chunk.id(), Field.Store.YES));
        document.add(new StringField(DOCUMENT, chunk.documentId(), Field.Store.YES));
        document.add(new StoredField(TITLE, chunk.title()));
        document.add(new StoredField(LOCATION, chunk.location()));
        document.add(new StoredField(SECTION, chunk.section()));
        document.add(new StoredField(POSITION, chunk.position()));
        document.add(new StoredField(TEXT, chunk.text()));
        document.add(new TextField(SEARCHABLE, Passages.searchableText(chunk), Field.Store.NO));
        document.add(new StringField(PRODUCT, chunk.product().map(ChunkDocuments::filterTerm).orElse(NONE), Field.Store.NO));
        chunk.product().ifPresent(product -> document.add(new StoredField(PRODUCT_NAME, product)));
        if (chunk.accessTags().isEmpty()) {
            document.add(new StringField(ACCESS, NONE, Field.Store.NO));
        }
        for (String tag : chunk.accessTags()) {
            document.add(new StringField(ACCESS, filterTerm(tag), Field.Store.NO));
            document.add(new StoredField(ACCESS_TAG, tag));
        }
        document.add(new StringField(KIND, chunk.kind().name(), Field.Store.YES));
        document.add(new StoredField(HASH, indexed.documentHash()));
        document.add(new StoredField(SOURCE, indexed.source()));
        document.add(new KnnFloatVectorField(VECTOR, indexed.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        return document;
    }

    /** Every chunk of a document with the vector Lucene stores for it, in document order. */
    static List<IndexedChunk> chunksOf(IndexSearcher searcher, String documentId) throws IOException {
        List<IndexedChunk> chunks = new ArrayList<>();
        TopDocs hits = searcher.search(new TermQuery(new Term(DOCUMENT, documentId)), Math.max(1, searcher.getIndexReader().maxDoc()));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : hits.scoreDocs) {
            Document stored = searcher.storedFields().document(hit.doc);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
            KnnVectorValues.DocIndexIterator iterator = values.iterator();
            int target = hit.doc - leaf.docBase;
            if (iterator.advance(target) != target) {
                throw new IOException("chunk " + stored.get(ID) + " has no stored vector");
            }
            chunks.add(new IndexedChunk(toChunk(stored), values.vectorValue(iterator.index()).clone(),
                    stored.get(HASH), stored.get(SOURCE)));
        }
        chunks.sort(Comparator.comparingInt(chunk -> chunk.chunk().position()));
        return chunks;
    }

    static Chunk toChunk(Document document) {
        Set<String> tags = new LinkedHashSet<>();
        for (IndexableField field : document.getFields(ACCESS_TAG)) {
            tags.add(field.stringValue());
        }
        return new Chunk(
                document.get(ID),
                document.get(DOCUMENT),
                document.get(TITLE),
                document.get(LOCATION),
                document.get(SECTION),
                document.getField(POSITION).numericValue().intValue(),
                document.get(TEXT),
                Optional.ofNullable(document.get(PRODUCT_NAME)),
                tags,
                ChunkKind.valueOf(document.get(KIND)));
    }
}
