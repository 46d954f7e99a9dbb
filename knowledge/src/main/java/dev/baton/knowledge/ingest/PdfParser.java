package dev.baton.knowledge.ingest;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF through PDFBox: the text layer, paragraph by paragraph, and the title from the document
 * information. A scanned PDF without a text layer yields no text and is reported as such.
 */
final class PdfParser implements DocumentParser {
    @Override
    public ParsedDocument parse(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n\n");
            String text = stripper.getText(document);
            SectionBuilder sections = new SectionBuilder();
            for (String paragraph : text.split("\\R[ \\t]*\\R")) {
                // Line breaks inside a PDF paragraph are only where the page wrapped it.
                sections.block(SectionBuilder.normalise(paragraph).replace('\n', ' '));
            }
            Optional<String> title = Optional.ofNullable(document.getDocumentInformation().getTitle())
                    .map(String::strip)
                    .filter(value -> !value.isEmpty());
            DocumentMetadata metadata = DocumentMetadata.NONE.overriddenBy(new DocumentMetadata(
                    title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            return new ParsedDocument(metadata, Optional.empty(), sections.sections());
        }
    }
}
