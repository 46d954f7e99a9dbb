-- SLA timers, satisfaction surveys and staff threads of handoff tickets (dev.baton.handoff.store).
-- Portable SQL: runs on SQLite and PostgreSQL. Times are epoch milliseconds.

-- One row per ticket waiting for a claim. A page fires by advancing `pages` with a compare-and-set,
-- so with several replicas exactly one of them pages; a restart finds the timers where it left them.
CREATE TABLE handoff_sla_timers (
    ticket_id TEXT NOT NULL PRIMARY KEY,
    due_at BIGINT NOT NULL,
    pages INTEGER NOT NULL
);

CREATE INDEX handoff_sla_timers_by_due ON handoff_sla_timers (due_at);

-- The requester's satisfaction (1-5) after a human resolved the ticket; the latest answer counts.
CREATE TABLE handoff_surveys (
    ticket_id TEXT NOT NULL PRIMARY KEY,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    answered_by TEXT NOT NULL,
    answered_at BIGINT NOT NULL
);

-- Where the on-call team discusses a ticket: a Slack thread or a Teams reply chain. Messages in it
-- are relayed to the requester, and the requester's messages are posted into it.
CREATE TABLE handoff_staff_threads (
    ticket_id TEXT NOT NULL PRIMARY KEY,
    surface TEXT NOT NULL,
    channel TEXT NOT NULL,
    thread TEXT NOT NULL
);

CREATE UNIQUE INDEX handoff_staff_threads_by_place ON handoff_staff_threads (surface, channel, thread);
