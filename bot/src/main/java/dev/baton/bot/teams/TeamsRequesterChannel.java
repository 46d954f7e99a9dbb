package dev.baton.bot.teams;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.handoff.RequesterChannel;
import dev.baton.bot.handoff.RequesterNotice;

/**
 * Brings what the support team says (and the survey) into the requester's Teams chat as proactive
 * messages, through the conversation reference stored when they first wrote.
 */
final class TeamsRequesterChannel implements RequesterChannel {
    private final TeamsMessenger messenger;

    TeamsRequesterChannel(TeamsMessenger messenger) {
        this.messenger = requireNonNull(messenger, "messenger is null");
    }

    @Override
    public void deliver(Conversation conversation, RequesterNotice notice) {
        String text = switch (notice) {
            case RequesterNotice.FromAgent fromAgent -> "**" + fromAgent.agentName() + "** (support team): " + fromAgent.text();
            case RequesterNotice.Status status -> status.text();
            case RequesterNotice.Survey survey -> survey.text() + " Reply with a number from 1 to 5.";
        };
        messenger.sendToConversation(conversation.id(), text);
    }
}
