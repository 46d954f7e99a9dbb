package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** One message to post: the plain fallback text (notifications, screen readers) and its blocks. */
record SlackMessage(String text, List<LayoutBlock> blocks) {
    static final int MAX_BLOCKS = 50;

    SlackMessage {
        requireNonNull(text, "text is null");
        blocks = List.copyOf(blocks);
        if (blocks.size() > MAX_BLOCKS) {
            throw new IllegalArgumentException("Slack takes at most " + MAX_BLOCKS + " blocks: " + blocks.size());
        }
    }
}
