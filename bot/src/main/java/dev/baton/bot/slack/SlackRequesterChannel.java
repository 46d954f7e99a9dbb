package dev.baton.bot.slack;

import static java.util.Objects.requireNonNull;

import dev.baton.bot.conversation.Conversation;
import dev.baton.bot.handoff.RequesterChannel;
import dev.baton.bot.handoff.RequesterNotice;
import java.util.List;

/** Brings the support team's replies, status changes and the survey into the requester's Slack thread or DM. */
final class SlackRequesterChannel implements RequesterChannel {
    private final SlackReplier replier;

    SlackRequesterChannel(SlackReplier replier) {
        this.replier = requireNonNull(replier, "replier is null");
    }

    @Override
    public void deliver(Conversation conversation, RequesterNotice notice) {
        String channel = conversation.key().channel();
        var thread = ButtonValues.replyThread(conversation.key());
        String value = ButtonValues.of(conversation.key());
        switch (notice) {
            case RequesterNotice.FromAgent fromAgent -> replier.post(channel, thread, BlockKitReplies.notice(value,
                    "**" + fromAgent.agentName() + "** (support team): " + fromAgent.text(), false));
            case RequesterNotice.Status status -> replier.post(channel, thread,
                    BlockKitReplies.notice(value, status.text(), false));
            case RequesterNotice.Survey survey -> replier.post(channel, thread,
                    List.of(StaffBlocks.survey(survey.ticketId(), survey.text())));
        }
    }
}
