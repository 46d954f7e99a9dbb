package dev.baton.bot.teams;

import java.util.List;

/**
 * Helpful / Not helpful votes from Teams answer cards. A small port of its own until the conversation
 * model has a feedback store shared by every surface.
 */
public interface TeamsFeedback {
    /** Stores the vote; the same person voting again on the same answer replaces their earlier vote. */
    void record(FeedbackVote vote);

    /** Every vote in a Baton conversation, oldest first. */
    List<FeedbackVote> forConversation(String batonConversationId);
}
