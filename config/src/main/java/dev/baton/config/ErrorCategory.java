package dev.baton.config;

/**
 * What kind of failure an error is, so that the top of every task can turn it into behaviour: a
 * user error is explained, an external one retried then reported, an internal one apologised for
 * and alerted on, a capacity one answered with "try again shortly".
 */
public enum ErrorCategory {
    USER,
    EXTERNAL,
    INTERNAL,
    CAPACITY
}
