package dev.baton.config;

/** An error code of one module: each code belongs to a category that decides how it is handled. */
public interface ErrorCode {
    String name();

    ErrorCategory category();
}
