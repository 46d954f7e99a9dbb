package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestMrkdwn {
    @Test
    void escapesWhatSlackGivesMeaningTo() {
        assertThat(Mrkdwn.fromMarkdown("<!channel> <!here> <@U123> a & b > c"))
                .isEqualTo("&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; a &amp; b &gt; c")
                .doesNotContain("<");
    }

    @Test
    void convertsMarkdownLinksBoldAndHeadings() {
        assertThat(Mrkdwn.fromMarkdown("## Reset\nSee **the VPN page** at [VPN help](https://help.example/vpn?a=1&b=2)."))
                .isEqualTo("*Reset*\nSee *the VPN page* at <https://help.example/vpn?a=1&amp;b=2|VPN help>.");
    }

    @Test
    void aLinkCannotSmuggleASpecialMention() {
        String mrkdwn = Mrkdwn.fromMarkdown("[<!channel>](https://x.example/) [x](javascript:alert(1))");
        assertThat(mrkdwn).doesNotContain("<!channel>").doesNotContain("<javascript");
        assertThat(mrkdwn).startsWith("<https://x.example/|&lt;!channel&gt;>");
    }

    @Test
    void splitsLongTextIntoSectionsWithinSlacksLimit() {
        String paragraph = "Step one of resetting the VPN & your password. ".repeat(40);
        String text = String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph));
        List<String> sections = Mrkdwn.sections(text);
        assertThat(sections).hasSizeGreaterThan(1).allSatisfy(section -> assertThat(section.length()).isLessThanOrEqualTo(3000));
        assertThat(String.join("", sections).replace("\n", "").replace(" ", ""))
                .isEqualTo(Mrkdwn.escape(text).replace("\n", "").replace(" ", ""));
    }

    @Test
    void cutsEvenTextWithoutSpacesOrLinesAndNeverSplitsAnEscape() {
        String text = "&".repeat(10_000);
        List<String> sections = Mrkdwn.sections(text);
        assertThat(sections).allSatisfy(section -> {
            assertThat(section.length()).isLessThanOrEqualTo(3000);
            assertThat(section.replace("&amp;", "")).isEmpty();
        });
        assertThat(String.join("", sections)).isEqualTo("&amp;".repeat(10_000));
    }
}
