package dev.baton.knowledge.categorize;

import java.util.List;

/**
 * Puts a message into one of the configured categories, or into none of them when it is not close
 * enough to any (out of scope). Used for handoff routing and metrics.
 */
public interface Categorizer {
    Categorization categorize(String text);

    /** Categorizes many messages at once (embedded in batches); one result per text, in order. */
    List<Categorization> categorizeAll(List<String> texts);

    /** The confidence below which a message is out of scope. */
    double threshold();
}
