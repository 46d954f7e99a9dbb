package dev.baton.knowledge.answer;

import java.util.Map;
import java.util.Set;

/**
 * Tells which of a set of described labels apply to one message (several may, or none). Empty when
 * it cannot tell (no language model configured, or it failed): callers keep their own detection, so
 * a labeler only ever adds evidence.
 */
public interface MessageLabeler {
    /** The labels (keys of {@code labels}, each described by its value) that apply to the message. */
    Set<String> labels(String message, Map<String, String> labels);

    /** The labeler to bind when no language model is configured. */
    MessageLabeler NONE = (message, labels) -> Set.of();
}
