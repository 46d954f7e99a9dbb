-- What a reviewer found wrong with a conversation (dev.baton.bot.admin.JdbiReviewTags): the feedback
-- loop of the admin pages. One tag per conversation; tagging again replaces it. Times epoch milliseconds.
CREATE TABLE review_tags (
    conversation_id TEXT NOT NULL PRIMARY KEY,
    cause TEXT NOT NULL,
    note TEXT NOT NULL,
    tagged_by TEXT NOT NULL,
    tagged_at BIGINT NOT NULL
);

CREATE INDEX review_tags_by_cause ON review_tags (cause);
