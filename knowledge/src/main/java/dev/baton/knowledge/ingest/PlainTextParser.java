package dev.baton.knowledge.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Plain text: paragraphs are separated by blank lines; metadata can only come from a sidecar. */
final class PlainTextParser implements DocumentParser {
    @Override
    public ParsedDocument parse(byte[] content) {
        SectionBuilder sections = new SectionBuilder();
        paragraphs(new String(content, StandardCharsets.UTF_8), sections);
        return new ParsedDocument(DocumentMetadata.NONE, Optional.empty(), sections.sections());
    }

    static void paragraphs(String text, SectionBuilder sections) {
        for (String paragraph : text.replace("\uFEFF", "").split("\\R[ \\t]*\\R")) {
            sections.block(SectionBuilder.normalise(paragraph));
        }
    }
}
