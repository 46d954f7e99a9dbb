package dev.baton.knowledge.ingest;

import java.util.List;

/**
 * A run of text under one heading: the heading path (outermost first, empty before the first
 * heading) and its blocks (paragraphs, list items, code) in order.
 */
public record Section(List<String> headings, List<String> blocks) {
    public static final String PATH_SEPARATOR = " > ";

    public Section {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
    }

    /** The heading path as cited, such as "VPN > Reset your password". */
    public String path() {
        return String.join(PATH_SEPARATOR, headings);
    }
}
