package dev.baton.knowledge.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Chooses the parser of a file from its extension. */
final class DocumentParsers {
    /** Metadata that sits beside a document, named after it: {@code guide.pdf.meta.yaml}. */
    static final String SIDECAR_SUFFIX = ".meta.yaml";

    private final Map<String, DocumentParser> byExtension;

    DocumentParsers() {
        MarkdownParser markdown = new MarkdownParser();
        HtmlParser html = new HtmlParser();
        this.byExtension = Map.of(
                "md", markdown,
                "markdown", markdown,
                "html", html,
                "htm", html,
                "pdf", new PdfParser(),
                "txt", new PlainTextParser());
    }

    Optional<DocumentParser> forFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(byExtension.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    static boolean isSidecar(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX);
    }

    static String supported() {
        return ".md, .html, .htm, .pdf, .txt";
    }
}
