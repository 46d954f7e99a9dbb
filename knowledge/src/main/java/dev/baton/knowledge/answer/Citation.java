package dev.baton.knowledge.answer;

import static java.util.Objects.requireNonNull;

import dev.baton.knowledge.ingest.ChunkKind;

/** A source an answer used: numbered as the answer cites it ([1], [2] …). */
public record Citation(int number, String title, String location, String section, String snippet, ChunkKind kind) {
    public Citation {
        requireNonNull(title, "title is null");
        requireNonNull(location, "location is null");
        requireNonNull(section, "section is null");
        requireNonNull(snippet, "snippet is null");
        requireNonNull(kind, "kind is null");
        if (number < 1) {
            throw new IllegalArgumentException("citation numbers start at 1: " + number);
        }
    }
}
