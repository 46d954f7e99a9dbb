package dev.baton.knowledge.ingest;

import java.nio.file.Path;

/** Follows a long ingestion (the command line draws a progress bar from it). */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {};

    /** Called once the files to read are known. */
    default void started(int files) {}

    /** Called after each file, whatever happened to it. */
    default void fileDone(Path file) {}
}
