package dev.baton.knowledge.index.qdrant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the sparse vectors of Qdrant's lexical side, so that BM25-like matching happens
 * in Qdrant and no vocabulary has to be stored anywhere.
 *
 * <ul>
 *   <li>Terms: Lucene's {@link EnglishAnalyzer}, the analyzer of the Lucene index (standard
 *       tokenizer, possessives removed, lower case, English stop words, Porter stemming), so both
 *       indexes match the same words.
 *   <li>Dimension: the 32-bit FNV-1a hash of the term's UTF-8 bytes. It is deterministic across
 *       processes and versions (unlike {@code String.hashCode} it is specified here), so points
 *       written by one replica match queries of another. Two terms sharing a hash (rare among 2^32)
 *       are counted as one.
 *   <li>Document weight: BM25's term-frequency part, {@code tf * (k1 + 1) / (tf + k1 * (1 - b + b *
 *       length / AVERAGE_LENGTH))} with k1 = 1.2 and b = 0.75. The average length is a constant,
 *       because Qdrant cannot share a running average across writers; Baton's chunks are of similar
 *       size (knowledge.chunking.max-characters), so the constant is a fair stand-in.
 *   <li>Query weight: 1 per distinct term.
 *   <li>IDF: applied by Qdrant at search time (the sparse vector is created with {@code modifier =
 *       idf}), from the collection's current statistics.
 * </ul>
 *
 * So Qdrant's sparse score of a chunk is the BM25 score of the query, up to the length constant.
 */
final class TextSparseVectors implements AutoCloseable {
    /** Terms of an average chunk after stop words are removed (about 1000 characters of prose). */
    static final double AVERAGE_LENGTH = 100;
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** More distinct terms than this add little to a question (the Lucene index uses the same bound). */
    static final int MAX_QUERY_TERMS = 64;

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** A sparse vector: strictly increasing dimensions (as unsigned ints) and their weights. */
    record Sparse(int[] indices, float[] values) {
        boolean isEmpty() {
            return indices.length == 0;
        }

        /** Dot product with another sparse vector. */
        double dot(Sparse other) {
            Map<Integer, Float> mine = new TreeMap<>();
            for (int i = 0; i < indices.length; i++) {
                mine.put(indices[i], values[i]);
            }
            double sum = 0;
            for (int i = 0; i < other.indices.length; i++) {
                Float value = mine.get(other.indices[i]);
                if (value != null) {
                    sum += value * other.values[i];
                }
            }
            return sum;
        }
    }

    /** The weighted terms of a chunk's searchable text. */
    Sparse document(String text) {
        Map<Integer, Integer> frequencies = new TreeMap<>(Integer::compareUnsigned);
        int length = 0;
        for (String term : terms(text, Integer.MAX_VALUE)) {
            frequencies.merge(hash(term), 1, Integer::sum);
            length++;
        }
        double norm = K1 * (1 - B + B * length / AVERAGE_LENGTH);
        int[] indices = new int[frequencies.size()];
        float[] values = new float[frequencies.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> entry : frequencies.entrySet()) {
            int tf = entry.getValue();
            indices[i] = entry.getKey();
            values[i] = (float) (tf * (K1 + 1) / (tf + norm));
            i++;
        }
        return new Sparse(indices, values);
    }

    /** The distinct terms of a question, each weighing 1; empty when only stop words are left. */
    Sparse query(String text) {
        Map<Integer, Float> terms = new TreeMap<>(Integer::compareUnsigned);
        for (String term : terms(text, MAX_QUERY_TERMS)) {
            terms.put(hash(term), 1f);
        }
        int[] indices = new int[terms.size()];
        float[] values = new float[terms.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> entry : terms.entrySet()) {
            indices[i] = entry.getKey();
            values[i] = entry.getValue();
            i++;
        }
        return new Sparse(indices, values);
    }

    private List<String> terms(String text, int maxDistinct) {
        List<String> terms = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (distinct.add(value) && distinct.size() > maxDistinct) {
                    break;
                }
                terms.add(value);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string in memory cannot fail", e);
        }
        return terms;
    }

    /** 32-bit FNV-1a of the term's UTF-8 bytes. */
    static int hash(String term) {
        int hash = FNV_OFFSET;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
