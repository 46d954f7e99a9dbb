package dev.baton.bot.teams;

/** What a person said about an answer with the card's buttons. */
public enum FeedbackVerdict {
    HELPFUL,
    NOT_HELPFUL
}
