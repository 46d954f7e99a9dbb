package dev.baton.knowledge.ingest;

/**
 * The text of a chunk as it is embedded and matched: the document title and section path give a
 * passage the context its own words often lack ("Reset it from the portal" means little alone).
 */
public final class Passages {
    private Passages() {}

    public static String searchableText(Chunk chunk) {
        StringBuilder text = new StringBuilder(chunk.title());
        String section = chunk.section();
        // The first heading is often the title again: say it once.
        if (section.startsWith(chunk.title() + Section.PATH_SEPARATOR)) {
            section = section.substring(chunk.title().length() + Section.PATH_SEPARATOR.length());
        }
        if (!section.isEmpty() && !section.equals(chunk.title())) {
            text.append('\n').append(section);
        }
        return text.append('\n').append(chunk.text()).toString();
    }
}
