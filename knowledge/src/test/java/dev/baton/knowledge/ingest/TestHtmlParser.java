package dev.baton.knowledge.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestHtmlParser {
    private final HtmlParser parser = new HtmlParser();

    @Test
    void metadataSectionsAndNoChrome() throws IOException {
        ParsedDocument parsed = parser.parse("""
                <!doctype html>
                <html><head>
                  <title>Expense policy</title>
                  <link rel="canonical" href="https://wiki.example.com/finance/expenses">
                  <meta name="baton:product" content="Finance">
                  <meta name="baton:access" content="finance, managers">
                  <style>body { color: red }</style>
                  <script>var tracking = "secret";</script>
                </head><body>
                  <nav><a href="/">Home</a> | <a href="/finance">Finance</a></nav>
                  <h1>Expenses</h1>
                  <p>Submit receipts within <b>30 days</b>.</p>
                  <h2>Travel</h2>
                  <ul><li>Economy class for flights under 6 hours.</li><li>Hotels up to 150 EUR a night.</li></ul>
                  <div>Text straight in a div counts too.</div>
                  <pre>code   keeps   spacing</pre>
                </body></html>
                """.getBytes(UTF_8));

        assertThat(parsed.metadata()).isEqualTo(new DocumentMetadata(Optional.of("Expense policy"),
                Optional.of("https://wiki.example.com/finance/expenses"), Optional.of("Finance"),
                Optional.of(Set.of("finance", "managers")), Optional.empty()));
        assertThat(parsed.sections()).extracting(Section::path).containsExactly("Expenses", "Expenses > Travel");
        assertThat(parsed.sections().get(0).blocks()).containsExactly("Submit receipts within 30 days.");
        assertThat(parsed.sections().get(1).blocks()).containsExactly(
                "Economy class for flights under 6 hours.",
                "Hotels up to 150 EUR a night.",
                "Text straight in a div counts too.",
                "code   keeps   spacing");
        String all = parsed.sections().toString();
        assertThat(all).doesNotContain("Home", "tracking", "color");
    }

    @Test
    void aPageWithoutMetadata() throws IOException {
        ParsedDocument parsed = parser.parse("<p>Just a paragraph.</p>".getBytes(UTF_8));

        assertThat(parsed.metadata()).isEqualTo(DocumentMetadata.NONE);
        assertThat(parsed.firstHeading()).isEmpty();
        assertThat(parsed.sections()).singleElement().satisfies(section -> {
            assertThat(section.headings()).isEmpty();
            assertThat(section.blocks()).containsExactly("Just a paragraph.");
        });
    }

    @Test
    void breadcrumbsAndListsOfBareLinksAreNotIndexed() throws java.io.IOException {
        ParsedDocument parsed = parser.parse("""
                <html><body><main>
                <ol class="breadcrumb"><li>Home</li><li>IT</li></ol>
                <h1>Printing</h1><p>Badge in to print.</p>
                <h2>Related</h2><ul><li><a href="/wifi">Wi-Fi</a></li><li><a href="/vpn">VPN</a></li></ul>
                </main></body></html>
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(parsed.sections()).extracting(Section::path).containsExactly("Printing");
        assertThat(parsed.sections().get(0).blocks()).containsExactly("Badge in to print.");
    }
}
