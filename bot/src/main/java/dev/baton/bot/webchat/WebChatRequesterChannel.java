package dev.baton.bot.webchat;

import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.handoff.RequesterChannel;
import dev.baton.bot.handoff.RequesterNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web chat reads the humans' messages by polling the transcript ({@link WebChatHandoffServlet}),
 * where every notice already is; there is nothing to push.
 */
final class WebChatRequesterChannel implements RequesterChannel {
    private static final Logger LOG = LoggerFactory.getLogger(WebChatRequesterChannel.class);

    @Override
    public void deliver(Conversation conversation, RequesterNotice notice) {
        LOG.debug("Conversation {}: {} waits in the transcript for the web chat page to fetch it",
                conversation.id(), notice.getClass().getSimpleName());
    }
}
