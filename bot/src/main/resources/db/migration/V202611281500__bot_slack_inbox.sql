-- The durable inbox (dev.baton.bot.slack.SlackInbox): every Slack message Baton accepts is written here,
-- in the same transaction as its slack_deliveries keys, before Slack gets its 200. A worker holds a
-- lease on the row while it answers; a row whose lease ran out (its process died) is taken over.
-- The rendered reply is kept once the turn ran, and replies_posted counts the parts Slack has, so a
-- restart posts the rest and never a part twice.
CREATE TABLE slack_inbox (
    delivery_id TEXT NOT NULL PRIMARY KEY,  -- "event:<event_id>"
    payload TEXT NOT NULL,                  -- the message as JSON (dev.baton.bot.slack.SlackInboxCodec)
    received_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL,
    lease_owner TEXT NOT NULL,
    lease_until BIGINT NOT NULL,
    reply TEXT,                             -- the rendered reply as JSON, once the turn ran
    replies_posted INTEGER NOT NULL DEFAULT 0,
    done_at BIGINT
);

CREATE INDEX slack_inbox_unfinished ON slack_inbox (done_at, lease_until);
