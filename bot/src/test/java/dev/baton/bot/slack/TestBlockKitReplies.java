package dev.baton.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.baton.knowledge.answer.Citation;
import dev.baton.knowledge.ingest.ChunkKind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestBlockKitReplies {
    private static final Citation VPN = new Citation(1, "VPN", "https://help.example/it/vpn", "Resetting your password",
            "snippet", ChunkKind.DOCUMENT);
    private static final Citation LOCAL = new Citation(2, "Leave <policy>", "docs/hr/leave.md", "Leave <policy>",
            "snippet", ChunkKind.DOCUMENT);

    @Test
    void anAnswerHasSectionsSourcesAndThreeButtons() {
        List<SlackMessage> messages = BlockKitReplies.answer("v1:T1:C1:1.2", "Use **Reset** <!here>", List.of(VPN, LOCAL),
                false, false);
        assertThat(messages).hasSize(1);
        List<LayoutBlock> blocks = messages.getFirst().blocks();
        assertThat(blocks).hasSize(3);
        assertThat(((SectionBlock) blocks.get(0)).getText().getText()).isEqualTo("Use *Reset* &lt;!here&gt;");
        assertThat(((ContextBlock) blocks.get(1)).getElements()).extracting(e -> ((MarkdownTextObject) e).getText())
                .containsExactly("*Sources*", "<https://help.example/it/vpn|[1] VPN › Resetting your password>",
                        "[2] Leave &lt;policy&gt;");
        assertThat(((ActionsBlock) blocks.get(2)).getElements()).extracting(e -> ((ButtonElement) e).getActionId())
                .containsExactly("baton_helpful", "baton_not_helpful", "baton_human");
        assertThat(messages.getFirst().text()).isEqualTo("Use **Reset** &lt;!here&gt;");
    }

    @Test
    void anAbstentionSaysSoAndAPrivateAnswerCanBeShared() {
        List<LayoutBlock> blocks = BlockKitReplies.answer("v", "Not found.", List.of(), true, true).getFirst().blocks();
        assertThat(((MarkdownTextObject) ((ContextBlock) blocks.get(1)).getElements().getFirst()).getText())
                .contains("could not find this");
        assertThat(((ActionsBlock) blocks.get(2)).getElements()).extracting(e -> ((ButtonElement) e).getActionId())
                .containsExactly("baton_helpful", "baton_not_helpful", "baton_human", "baton_share");
    }

    @Test
    void aVeryLongAnswerBecomesSeveralMessagesOfAtMostFiftyBlocksButtonsLast() {
        String text = String.join("\n\n", IntStream.range(0, 160).mapToObj(i -> "x".repeat(2500)).toList());
        List<Citation> many = IntStream.rangeClosed(1, 15)
                .mapToObj(i -> new Citation(i, "T" + i, "https://h.example/" + i, "", "s", ChunkKind.DOCUMENT)).toList();
        List<SlackMessage> messages = BlockKitReplies.answer("v", text, many, false, false);
        assertThat(messages).hasSize(4);
        assertThat(messages).allSatisfy(m -> assertThat(m.blocks()).hasSizeLessThanOrEqualTo(50));
        assertThat(messages.stream().mapToLong(m -> m.blocks().stream().filter(b -> b instanceof SectionBlock).count()).sum())
                .isEqualTo(160);
        assertThat(messages.getLast().blocks().getLast()).isInstanceOf(ActionsBlock.class);
        assertThat(((ContextBlock) messages.getLast().blocks().get(messages.getLast().blocks().size() - 2)).getElements())
                .hasSize(10);
        assertThat(messages.getFirst().text()).hasSizeLessThanOrEqualTo(3000);
    }

    @Test
    void buttonValuesRoundTripAndRejectForeignValues() {
        var key = new dev.baton.bot.conversation.ConversationKey(dev.baton.bot.conversation.Surface.SLACK, "T1", "C1",
                "1764400000.000100");
        assertThat(ButtonValues.parse(ButtonValues.of(key))).contains(key);
        assertThat(ButtonValues.parse("v1:T1:C1:direct")).isPresent();
        assertThat(ButtonValues.parse("click_me_123")).isEmpty();
        assertThat(ButtonValues.parse("v1:T1:C1:1.2:extra")).isEmpty();
    }
}
