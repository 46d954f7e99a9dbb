-- Microsoft Teams adapter state (dev.baton.bot.teams). Portable SQL: SQLite and PostgreSQL.
-- Times are epoch milliseconds, JSON is text.

-- Where to reach a Teams conversation later (proactive messages from the handoff module). One row per
-- Teams conversation (a reply chain in a channel, a group chat, a personal chat), updated on every turn.
CREATE TABLE teams_conversation_references (
    tenant_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,     -- conversation.id as Teams sends it (with ;messageid= in a reply chain)
    baton_conversation_id TEXT,        -- conversations.id once Baton has a conversation for it
    service_url TEXT NOT NULL,
    reference TEXT NOT NULL,           -- JSON of the Bot Framework ConversationReference
    updated_at BIGINT NOT NULL,
    CONSTRAINT teams_conversation_references_key PRIMARY KEY (tenant_id, conversation_id)
);

CREATE INDEX teams_references_by_baton_conversation ON teams_conversation_references (baton_conversation_id);

-- Who has been greeted in which conversation, so a redelivered or repeated conversationUpdate greets no one twice.
CREATE TABLE teams_greetings (
    tenant_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    greeted_at BIGINT NOT NULL,
    CONSTRAINT teams_greetings_key PRIMARY KEY (tenant_id, conversation_id, member_id)
);

-- Helpful / Not helpful on an answer card; a second click by the same person replaces the first.
CREATE TABLE teams_feedback (
    baton_conversation_id TEXT NOT NULL,
    answer_id TEXT NOT NULL,           -- the answer card's id, carried in the card's submit data
    user_id TEXT NOT NULL,
    verdict TEXT NOT NULL,             -- HELPFUL or NOT_HELPFUL
    recorded_at BIGINT NOT NULL,
    CONSTRAINT teams_feedback_key PRIMARY KEY (baton_conversation_id, answer_id, user_id)
);
