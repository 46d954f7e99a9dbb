-- Slack deliveries already taken (dev.baton.bot.slack.JdbiSlackDeliveries): one row per event id and
-- one per channel + message ts, so a retried event or a message redelivered under a new event id is
-- answered once, across restarts and replicas.
CREATE TABLE slack_deliveries (
    delivery_key TEXT NOT NULL PRIMARY KEY,  -- "event:<event_id>" or "message:<channel>:<ts>"
    received_at BIGINT NOT NULL
);

CREATE INDEX slack_deliveries_by_time ON slack_deliveries (received_at);

-- Helpful / not helpful verdicts on answers (dev.baton.bot.storage.JdbiFeedbackStore).
CREATE TABLE answer_feedback (
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    message_ref TEXT NOT NULL,   -- the answer on its surface (Slack: message ts)
    user_id TEXT NOT NULL,
    helpful BOOLEAN NOT NULL,
    recorded_at BIGINT NOT NULL,
    CONSTRAINT answer_feedback_key PRIMARY KEY (conversation_id, message_ref, user_id)
);
