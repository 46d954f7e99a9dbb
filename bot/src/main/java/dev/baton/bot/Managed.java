package dev.baton.bot;

/** Anything that holds threads, sockets or files; started in order, stopped in reverse. */
public interface Managed {
    void start() throws Exception;

    void stop() throws Exception;
}
