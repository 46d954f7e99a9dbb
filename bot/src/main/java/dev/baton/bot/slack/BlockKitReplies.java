package dev.baton.bot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.baton.knowledge.answer.Citation;
import java.util.ArrayList;
import java.util.List;

/**
 * Baton's replies as Block Kit: the answer in sections (each within Slack's 3000 characters), a
 * Sources context block with links, and the 👍 / 👎 / Talk to a human buttons; a long answer
 * becomes several messages of at most 50 blocks, the buttons on the last.
 */
final class BlockKitReplies {
    static final String HELPFUL = "baton_helpful";
    static final String NOT_HELPFUL = "baton_not_helpful";
    static final String HUMAN = "baton_human";
    static final String SHARE = "baton_share";
    private static final int FALLBACK_CHARS = 3000;
    private static final int CONTEXT_ELEMENTS = 10;
    private static final int SOURCE_LABEL_CHARS = 200;

    private BlockKitReplies() {}

    /** An answer with its sources and buttons; {@code shareButton} for answers only the asker sees. */
    static List<SlackMessage> answer(String buttonValue, String text, List<Citation> citations,
            boolean abstained, boolean shareButton) {
        List<LayoutBlock> tail = new ArrayList<>();
        if (abstained) {
            tail.add(context(List.of("I could not find this in the knowledge base. *Talk to a human* below, "
                    + "or type `/human`, and a person from the support team will help.")));
        }
        if (!citations.isEmpty()) {
            tail.add(sources(citations));
        }
        List<BlockElement> buttons = new ArrayList<>(List.of(
                button(HELPFUL, "👍 Helpful", buttonValue, false),
                button(NOT_HELPFUL, "👎 Not helpful", buttonValue, false),
                button(HUMAN, "Talk to a human", buttonValue, true)));
        if (shareButton) {
            buttons.add(button(SHARE, "Share with the channel", buttonValue, false));
        }
        tail.add(ActionsBlock.builder().blockId("baton_answer_actions").elements(buttons).build());
        return messages(text, tail);
    }

    /** A notice (handoff, failure, limit) with the way to a human. */
    static List<SlackMessage> notice(String buttonValue, String text, boolean humanButton) {
        List<LayoutBlock> tail = new ArrayList<>();
        if (humanButton) {
            tail.add(ActionsBlock.builder().blockId("baton_notice_actions")
                    .elements(List.of(button(HUMAN, "Talk to a human", buttonValue, true))).build());
        }
        return messages(text, tail);
    }

    private static List<SlackMessage> messages(String text, List<LayoutBlock> tail) {
        List<LayoutBlock> sections = Mrkdwn.sections(text).stream()
                .map(piece -> (LayoutBlock) SectionBlock.builder().text(markdown(piece)).build())
                .toList();
        List<SlackMessage> messages = new ArrayList<>();
        String fallback = fallback(text);
        int room = SlackMessage.MAX_BLOCKS;
        List<LayoutBlock> current = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            boolean last = i == sections.size() - 1;
            int needed = last ? 1 + tail.size() : 1;
            if (current.size() + needed > room) {
                messages.add(new SlackMessage(messages.isEmpty() ? fallback : "(continued)", current));
                current = new ArrayList<>();
            }
            current.add(sections.get(i));
        }
        if (current.size() + tail.size() > room) {
            messages.add(new SlackMessage(messages.isEmpty() ? fallback : "(continued)", current));
            current = new ArrayList<>();
        }
        current.addAll(tail);
        messages.add(new SlackMessage(messages.isEmpty() ? fallback : "(continued)", current));
        return messages;
    }

    private static ContextBlock sources(List<Citation> citations) {
        List<String> elements = new ArrayList<>();
        elements.add("*Sources*");
        for (Citation citation : citations) {
            if (elements.size() == CONTEXT_ELEMENTS) {
                break;
            }
            elements.add(sourceLabel(citation));
        }
        return context(elements);
    }

    static String sourceLabel(Citation citation) {
        String title = citation.section().isBlank() || citation.section().equals(citation.title())
                ? citation.title()
                : citation.title() + " › " + citation.section();
        if (title.length() > SOURCE_LABEL_CHARS) {
            title = title.substring(0, SOURCE_LABEL_CHARS - 1) + "…";
        }
        String label = "[" + citation.number() + "] " + Mrkdwn.escape(title).replace("|", "/");
        String location = citation.location();
        boolean link = (location.startsWith("https://") || location.startsWith("http://"))
                && location.length() < 2000 && !location.matches(".*[\\s<>|].*");
        return link ? "<" + location.replace("&", "&amp;") + "|" + label + ">" : label;
    }

    private static ContextBlock context(List<String> texts) {
        List<com.slack.api.model.block.ContextBlockElement> elements = new ArrayList<>();
        texts.forEach(text -> elements.add(markdown(text)));
        return ContextBlock.builder().elements(elements).build();
    }

    private static MarkdownTextObject markdown(String mrkdwn) {
        return MarkdownTextObject.builder().text(mrkdwn).build();
    }

    private static ButtonElement button(String actionId, String label, String value, boolean primary) {
        TextObject text = PlainTextObject.builder().text(label).emoji(true).build();
        ButtonElement.ButtonElementBuilder builder =
                ButtonElement.builder().actionId(actionId).text((PlainTextObject) text).value(value);
        return primary ? builder.style("primary").build() : builder.build();
    }

    /** Notification text: escaped, no mrkdwn tricks, cut to a readable length. */
    private static String fallback(String text) {
        String plain = Mrkdwn.escape(text.strip());
        return plain.length() <= FALLBACK_CHARS ? plain : plain.substring(0, FALLBACK_CHARS - 1) + "…";
    }
}
