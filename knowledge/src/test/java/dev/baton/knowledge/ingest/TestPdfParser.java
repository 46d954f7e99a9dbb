package dev.baton.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestPdfParser {
    private final PdfParser parser = new PdfParser();

    @Test
    void readsTheTextLayerAndTheTitle() throws IOException {
        byte[] pdf = PdfFiles.pdf("Laptop refresh policy", List.of(
                "Laptops are replaced every three years.",
                "Request a replacement through the IT portal."));

        ParsedDocument parsed = parser.parse(pdf);

        assertThat(parsed.metadata().title()).contains("Laptop refresh policy");
        assertThat(parsed.sections()).singleElement().satisfies(section -> assertThat(section.blocks())
                .containsExactly("Laptops are replaced every three years.",
                        "Request a replacement through the IT portal."));
    }

    @Test
    void aBrokenPdfIsAnError() {
        assertThatThrownBy(() -> parser.parse("%PDF-1.7 this is not really a pdf".getBytes()))
                .isInstanceOf(IOException.class);
    }
}
