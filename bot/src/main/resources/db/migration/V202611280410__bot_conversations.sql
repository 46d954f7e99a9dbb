-- Conversations and their messages (dev.baton.bot.storage.JdbiConversationStore).
-- Portable SQL: runs on SQLite and PostgreSQL. Ids are text, times epoch milliseconds, JSON is text.
CREATE TABLE conversations (
    id TEXT NOT NULL PRIMARY KEY,
    surface TEXT NOT NULL,
    workspace TEXT NOT NULL,
    channel TEXT NOT NULL,
    thread TEXT NOT NULL,
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    customer_context TEXT NOT NULL,  -- JSON of CustomerContext
    started_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    message_count BIGINT NOT NULL,   -- also hands out each message's seq
    CONSTRAINT conversations_key UNIQUE (surface, workspace, channel, thread)
);

CREATE TABLE messages (
    id TEXT NOT NULL PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    seq BIGINT NOT NULL,             -- arrival order within the conversation: breaks ties of sent_at
    role TEXT NOT NULL,
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    citations TEXT NOT NULL,         -- JSON array of Citation
    confidence DOUBLE PRECISION,
    sent_at BIGINT NOT NULL
);

CREATE INDEX messages_by_conversation ON messages (conversation_id, sent_at, seq);
