package dev.baton.handoff.policy;

import java.util.List;

/**
 * Turns a short text into a unit-length vector, so that the dot product of two vectors is their
 * cosine similarity. The handoff module does not know embedding models; the bot implements this
 * port with the knowledge module's local model. Texts are embedded as they are: no retrieval
 * instruction prefix, since phrases are compared with phrases, not queries with passages.
 */
public interface PhraseEmbedder {
    /** The normalised vector of one text. */
    float[] embed(String text);

    /** The normalised vectors of several texts, one per text, in order. */
    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
