package dev.baton.handoff.store;

/** The databases the store must work on, so that tests can run once per engine. */
public enum Engine {
    SQLITE,
    POSTGRESQL
}
