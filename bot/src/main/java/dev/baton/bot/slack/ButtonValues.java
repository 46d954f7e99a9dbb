package dev.baton.bot.slack;

import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.Surface;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Baton's buttons carry: the conversation's key (team, channel, thread), so a click finds
 * its conversation even when the click is the first thing Baton hears of it. Clicks are
 * verified requests, but the value is still parsed strictly.
 */
final class ButtonValues {
    private static final Pattern VALUE = Pattern.compile("v1:([A-Z0-9]{1,32}):([A-Z0-9]{1,32}):([0-9.]{1,32}|direct)");

    private ButtonValues() {}

    static String of(ConversationKey key) {
        return "v1:" + key.workspace() + ":" + key.channel() + ":" + key.thread();
    }

    static Optional<ConversationKey> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = VALUE.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ConversationKey(Surface.SLACK, matcher.group(1), matcher.group(2), matcher.group(3)));
    }

    /** Where replies about this conversation go: its thread, or the DM itself. */
    static Optional<String> replyThread(ConversationKey key) {
        return key.thread().equals(SlackInbound.DIRECT_THREAD) ? Optional.empty() : Optional.of(key.thread());
    }
}
