package dev.baton.bot.handoff;

import dev.baton.bot.conversation.Conversation;

/**
 * Delivers notices into a requester's conversation on one surface (the Slack thread or DM, the
 * Teams chat, the web chat). Every notice is also in the conversation's transcript before this is
 * called, so a surface that is read by polling (the web chat) has nothing to push.
 */
public interface RequesterChannel {
    void deliver(Conversation conversation, RequesterNotice notice);
}
