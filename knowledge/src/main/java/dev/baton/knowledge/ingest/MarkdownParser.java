package dev.baton.knowledge.ingest;

import java.nio.charset.StandardCharsets;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Markdown with optional YAML front matter; headings become the section path of what follows them. */
final class MarkdownParser implements DocumentParser {
    private final Parser parser = Parser.builder().build();

    @Override
    public ParsedDocument parse(byte[] content) {
        MetadataYaml.Split split = MetadataYaml.splitFrontMatter(new String(content, StandardCharsets.UTF_8));
        DocumentMetadata metadata = MetadataYaml.parse(split.yaml());
        Node document = parser.parse(split.body());
        SectionBuilder sections = new SectionBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (LinkLists.isLinkOnly(block)) {
                continue;
            }
            if (block instanceof Heading heading) {
                sections.heading(heading.getLevel(), MarkdownText.of(heading));
            } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
                sections.block(MarkdownText.of(block));
            } else {
                sections.block(SectionBuilder.normalise(MarkdownText.of(block)));
            }
        }
        return new ParsedDocument(metadata, sections.firstHeading(), sections.sections());
    }
}
