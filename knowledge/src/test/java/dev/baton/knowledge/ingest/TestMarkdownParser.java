package dev.baton.knowledge.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestMarkdownParser {
    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void frontMatterAndHeadingPaths() {
        ParsedDocument parsed = parser.parse("""
                ---
                title: VPN guide
                url: https://intranet.example.com/it/vpn
                product: vpn
                access: [staff, contractors]
                owner: it-team
                ---
                # VPN

                Connect with the **GlobalProtect** client.

                ## Reset your password

                1. Open the [portal](https://portal.example.com).
                2. Choose *Reset*.

                ### If the reset email never arrives

                Check the spam folder.

                ## Contractors

                ```
                vpn connect --profile contractors
                ```
                """.getBytes(UTF_8));

        assertThat(parsed.metadata()).isEqualTo(new DocumentMetadata(Optional.of("VPN guide"),
                Optional.of("https://intranet.example.com/it/vpn"), Optional.of("vpn"),
                Optional.of(Set.of("staff", "contractors")), Optional.empty()));
        assertThat(parsed.firstHeading()).contains("VPN");
        assertThat(parsed.sections()).extracting(Section::path).containsExactly(
                "VPN",
                "VPN > Reset your password",
                "VPN > Reset your password > If the reset email never arrives",
                "VPN > Contractors");
        assertThat(parsed.sections().get(0).blocks()).containsExactly("Connect with the GlobalProtect client.");
        assertThat(String.join("\n", parsed.sections().get(1).blocks()))
                .contains("Open the portal").contains("Choose Reset.");
        assertThat(parsed.sections().get(3).blocks()).singleElement().asString()
                .contains("vpn connect --profile contractors");
    }

    @Test
    void withoutFrontMatterTheTextBeforeTheFirstHeadingHasNoSection() {
        ParsedDocument parsed = parser.parse("Intro text.\n\n## Details\n\nMore.\n".getBytes(UTF_8));

        assertThat(parsed.metadata()).isEqualTo(DocumentMetadata.NONE);
        assertThat(parsed.sections()).extracting(Section::path).containsExactly("", "Details");
        assertThat(parsed.firstHeading()).contains("Details");
    }

    @Test
    void accessAsCommaSeparatedTextAndKind() {
        ParsedDocument parsed = parser.parse("""
                ---
                access: finance, hr
                kind: ticket
                ---
                Resolved: printer jam on floor 3.
                """.getBytes(UTF_8));

        assertThat(parsed.metadata().accessTags()).contains(Set.of("finance", "hr"));
        assertThat(parsed.metadata().kind()).contains(ChunkKind.TICKET);
    }

    @Test
    void invalidFrontMatterIsRejectedWithTheReason() {
        assertThatThrownBy(() -> parser.parse("---\ntitle: [unclosed\n---\nText".getBytes(UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> parser.parse("---\nkind: memo\n---\nText".getBytes(UTF_8)))
                .hasMessageContaining("must be document or ticket");
    }

    @Test
    void listsOfBareLinksAreNavigationAndNotIndexedButExplainedLinksAre() {
        ParsedDocument parsed = parser.parse("""
                # VPN

                Reset it in the portal.

                ## Related pages

                - [Setting up the VPN](https://help/vpn/setup)
                - [VPN troubleshooting](https://help/vpn/troubleshooting).

                ## See also

                - [Offboarding](https://help/offboarding): what to return on your last day
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(parsed.sections()).extracting(Section::path).containsExactly("VPN", "VPN > See also");
        assertThat(parsed.sections().get(1).blocks()).containsExactly("- Offboarding: what to return on your last day");
    }
}
