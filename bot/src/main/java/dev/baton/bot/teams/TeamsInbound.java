package dev.baton.bot.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.Mention;
import dev.baton.bot.access.Audience;
import dev.baton.bot.assistant.IncomingMessage;
import dev.baton.bot.conversation.ConversationKey;
import dev.baton.bot.conversation.CustomerContext;
import dev.baton.bot.conversation.Participant;
import dev.baton.bot.conversation.Surface;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns Teams activities into Baton's conversation model. A personal or group chat is one
 * conversation; in a channel each reply chain is one ({@code ;messageid=} in the conversation id names
 * the chain's first post), and Baton only takes part where it is @mentioned.
 */
final class TeamsInbound {
    static final String MESSAGE_ID_MARKER = ";messageid=";
    private static final Pattern AT_TAG = Pattern.compile("<at>[^<]*</at>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TeamsInbound() {}

    /** The tenant: conversation.tenantId, or channelData.tenant.id in older payloads; "" when neither. */
    static String tenant(Activity activity) {
        ConversationAccount conversation = activity.getConversation();
        if (conversation != null && conversation.getTenantId() != null && !conversation.getTenantId().isBlank()) {
            return conversation.getTenantId();
        }
        if (activity.getChannelData() != null) {
            var node = TeamsJson.MAPPER.valueToTree(activity.getChannelData());
            return node.path("tenant").path("id").asText("");
        }
        return "";
    }

    static boolean isChannel(Activity activity) {
        return "channel".equals(activity.getConversation().getConversationType());
    }

    static ConversationKey key(Activity activity) {
        String id = activity.getConversation().getId();
        if (!isChannel(activity)) {
            return new ConversationKey(Surface.TEAMS, tenant(activity), id, "");
        }
        int marker = id.indexOf(MESSAGE_ID_MARKER);
        if (marker >= 0) {
            return new ConversationKey(Surface.TEAMS, tenant(activity), id.substring(0, marker),
                    id.substring(marker + MESSAGE_ID_MARKER.length()));
        }
        String root = Optional.ofNullable(activity.getReplyToId()).filter(s -> !s.isBlank())
                .orElse(Optional.ofNullable(activity.getId()).orElse(""));
        return new ConversationKey(Surface.TEAMS, tenant(activity), id, root);
    }

    static Participant user(Activity activity) {
        ChannelAccount from = activity.getFrom();
        String id = Optional.ofNullable(from.getAadObjectId()).filter(s -> !s.isBlank()).orElse(from.getId());
        String name = Optional.ofNullable(from.getName()).filter(s -> !s.isBlank()).orElse("Teams user");
        return new Participant(id, name);
    }

    /** Whether the bot (the activity's recipient) is @mentioned. */
    static boolean mentionsBot(Activity activity) {
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return botId != null && activity.getMentions().stream()
                .map(Mention::getMentioned)
                .anyMatch(mentioned -> mentioned != null && botId.equals(mentioned.getId()));
    }

    /** The text with the bot's @mention removed (and any other {@code <at>} tags reduced to the name). */
    static String text(Activity activity) {
        String text = Optional.ofNullable(activity.getText()).orElse("");
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        for (Mention mention : activity.getMentions()) {
            if (mention.getMentioned() != null && mention.getMentioned().getId().equals(botId) && mention.getText() != null) {
                text = text.replace(mention.getText(), " ");
            }
        }
        text = AT_TAG.matcher(text).replaceAll(match -> {
            String tag = match.group();
            return tag.substring(4, tag.length() - 5);
        });
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    static IncomingMessage message(Activity activity, String text) {
        // Teams has no per-channel access setting: a personal chat is the asker's alone; a group chat or
        // a channel is answered from public documents only.
        boolean personal = "personal".equals(activity.getConversation().getConversationType());
        return new IncomingMessage(key(activity), user(activity), CustomerContext.unknown(), text,
                personal ? Audience.onlyTheAsker() : Audience.publicChannel());
    }
}
