package dev.baton.knowledge.ingest;

import java.io.IOException;

/** Turns the bytes of one file of a given format into sections of text and the file's own metadata. */
interface DocumentParser {
    /**
     * @throws IOException when the bytes are not a readable file of this format
     * @throws IllegalArgumentException when the file's metadata is invalid (the message says how)
     */
    ParsedDocument parse(byte[] content) throws IOException;
}
