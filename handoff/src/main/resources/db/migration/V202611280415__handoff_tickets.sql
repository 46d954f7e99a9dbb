-- Handoff tickets (dev.baton.handoff.store.JdbiHandoffStore). Portable SQL: runs on SQLite and PostgreSQL.
-- Times are epoch milliseconds. No foreign key to conversations: that table belongs to the bot module,
-- and the handoff module's tests migrate without it.
CREATE TABLE handoff_tickets (
    id TEXT NOT NULL PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    state TEXT NOT NULL,
    reasons TEXT NOT NULL,          -- JSON array of strings: which signals fired and why
    summary TEXT NOT NULL,
    category TEXT,
    requester_id TEXT NOT NULL,
    requester_name TEXT NOT NULL,
    claimed_by TEXT,
    opened_at BIGINT NOT NULL,
    claimed_at BIGINT,
    closed_at BIGINT,
    version BIGINT NOT NULL
);

-- At most one active (open or claimed) ticket per conversation, enforced by the database so that it
-- holds across replicas.
CREATE UNIQUE INDEX handoff_tickets_one_active ON handoff_tickets (conversation_id)
    WHERE state IN ('OPEN', 'CLAIMED');

CREATE INDEX handoff_tickets_by_state ON handoff_tickets (state, opened_at);
