package dev.baton.knowledge.ingest;

import java.nio.charset.StandardCharsets;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;

/** Markdown with optional YAML front matter; headings become the section path of what follows them. */
final class MarkdownParser implements DocumentParser {
    private final Parser parser = Parser.builder().build();
    private final TextContentRenderer renderer = TextContentRenderer.builder().build();

    @Override
    public ParsedDocument parse(byte[] content) {
        MetadataYaml.Split split = MetadataYaml.splitFrontMatter(new String(content, StandardCharsets.UTF_8));
        DocumentMetadata metadata = MetadataYaml.parse(split.yaml());
        Node document = parser.parse(split.body());
        SectionBuilder sections = new SectionBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                sections.heading(heading.getLevel(), renderer.render(heading));
            } else if (block instanceof HtmlBlock html) {
                sections.block(Jsoup.parse(html.getLiteral()).text());
            } else {
                sections.block(SectionBuilder.normalise(renderer.render(block)));
            }
        }
        return new ParsedDocument(metadata, sections.firstHeading(), sections.sections());
    }
}
