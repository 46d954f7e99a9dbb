-- Knowledge entries Baton drafts from handoffs a person resolved (dev.baton.bot.admin.JdbiProposedAnswers):
-- a reviewer approves (then it is ingested), edits, or rejects each. Times epoch milliseconds.
CREATE TABLE proposed_answers (
    id TEXT NOT NULL PRIMARY KEY,
    ticket_id TEXT NOT NULL UNIQUE,
    conversation_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    sources TEXT NOT NULL,          -- JSON array of the locations Baton had cited
    state TEXT NOT NULL,            -- PROPOSED, APPROVED or REJECTED
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by TEXT
);

CREATE INDEX proposed_answers_by_state ON proposed_answers (state, created_at);
