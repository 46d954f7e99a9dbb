package dev.baton.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects blocks under a heading path as a parser walks a document in order. */
final class SectionBuilder {
    private final List<Section> sections = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private List<String> blocks = new ArrayList<>();
    private Optional<String> firstHeading = Optional.empty();

    /** Starts a section: the heading replaces any open heading of the same or a deeper level. */
    void heading(int level, String text) {
        String heading = normalise(text);
        if (heading.isEmpty()) {
            return;
        }
        flush();
        while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
            levels.remove(levels.size() - 1);
            headings.remove(headings.size() - 1);
        }
        levels.add(level);
        headings.add(heading);
        if (firstHeading.isEmpty()) {
            firstHeading = Optional.of(heading);
        }
    }

    void block(String text) {
        String block = text.strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }

    Optional<String> firstHeading() {
        return firstHeading;
    }

    List<Section> sections() {
        flush();
        return List.copyOf(sections);
    }

    /** Collapses runs of spaces and tabs, keeping line breaks (lists and code rely on them). */
    static String normalise(String text) {
        return text.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\R ?", "\n").strip();
    }

    private void flush() {
        if (!blocks.isEmpty()) {
            sections.add(new Section(headings, blocks));
            blocks = new ArrayList<>();
        }
    }
}
