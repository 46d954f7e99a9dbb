package dev.baton.bot.storage;

/** The databases Baton keeps its state in. */
public enum DatabaseEngine {
    /** A file on local disk: one machine, nothing to install. */
    SQLITE,
    /** A server several replicas share. */
    POSTGRESQL
}
