package dev.baton.bot.conversation;

import java.util.List;

/**
 * The 👍/👎 verdicts on Baton's answers, persisted. The metrics and the escalation policy (its
 * thumbs-down signal) read them.
 */
public interface FeedbackStore {
    /** Records a verdict; the same person on the same answer replaces their earlier one. */
    void record(Feedback feedback);

    /** How many answers of the conversation people found not helpful (one per person and answer). */
    int notHelpfulCount(String conversationId);

    /** Every verdict of the conversation, oldest first. */
    List<Feedback> forConversation(String conversationId);
}
