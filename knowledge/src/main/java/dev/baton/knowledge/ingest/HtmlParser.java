package dev.baton.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * HTML through jsoup. Navigation, scripts, styles and hidden elements are dropped; headings start sections; the
 * metadata comes from {@code <title>}, {@code <link rel="canonical">} and the {@code baton:product}
 * and {@code baton:access} meta tags.
 */
final class HtmlParser implements DocumentParser {
    private static final String CHROME = "nav, script, style, noscript, template, iframe, svg, [role=navigation]";
    /**
     * Text a reader never sees: kept out of the index, because hidden text is where an attacker who
     * can edit a page puts instructions meant for the assistant rather than the reader.
     */
    private static final String HIDDEN = "[hidden], [aria-hidden=true], "
            + "[style~=(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0(px|em|rem|pt|%)?\\s*(;|!|$))]";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    @Override
    public ParsedDocument parse(byte[] content) throws IOException {
        // A null charset lets jsoup honour the page's BOM or <meta charset>, defaulting to UTF-8.
        Document document = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        DocumentMetadata metadata = metadata(document);
        document.select(CHROME).remove();
        document.select(HIDDEN).remove();
        SectionBuilder sections = new SectionBuilder();
        new BlockCollector(sections).traverse(document.body());
        return new ParsedDocument(metadata, sections.firstHeading(), sections.sections());
    }

    private static DocumentMetadata metadata(Document document) {
        Optional<String> title = nonBlank(document.title());
        Optional<String> url = Optional.ofNullable(document.selectFirst("link[rel=canonical][href]"))
                .flatMap(link -> nonBlank(link.attr("href")));
        Optional<String> product = meta(document, "baton:product");
        Optional<Set<String>> access = meta(document, "baton:access").map(MetadataYaml::tags);
        return new DocumentMetadata(title, url, product, access, Optional.empty());
    }

    private static Optional<String> meta(Document document, String name) {
        return document.select("meta[name][content]").stream()
                .filter(meta -> meta.attr("name").equalsIgnoreCase(name))
                .findFirst()
                .flatMap(meta -> nonBlank(meta.attr("content")));
    }

    private static Optional<String> nonBlank(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    /** Walks the body in order; every block element ends the text gathered so far. */
    private static final class BlockCollector implements NodeFilter {
        private final SectionBuilder sections;
        private final StringBuilder text = new StringBuilder();

        BlockCollector(SectionBuilder sections) {
            this.sections = sections;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (HEADINGS.contains(name)) {
                    flush();
                    sections.heading(name.charAt(1) - '0', element.text());
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (LinkLists.isLinkOnly(element) || isBreadcrumb(element)) {
                    flush();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("pre")) {
                    flush();
                    sections.block(element.wholeText());
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br")) {
                    text.append('\n');
                } else if (element.isBlock()) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        /** Breadcrumbs ("Home › IT › VPN") are navigation even when they are not in a nav element. */
        private static boolean isBreadcrumb(Element element) {
            return (element.className() + " " + element.attr("aria-label")).toLowerCase(java.util.Locale.ROOT)
                    .contains("breadcrumb");
        }

        private void flush() {
            sections.block(SectionBuilder.normalise(text.toString()));
            text.setLength(0);
        }
    }
}
