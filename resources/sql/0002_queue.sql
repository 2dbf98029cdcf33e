-- The durable queue, its dead letters, the notification outbox, ingested transactions and the
-- book's shared settings. Times are epoch milliseconds (UTC); amounts are integer minor units.

-- Messages waiting to be applied. A claimed message is hidden until visible_at_ms passes; applying it
-- deletes it in the same transaction.
CREATE TABLE queue_messages (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    dedupe_key TEXT,
    enqueued_at_ms BIGINT NOT NULL,
    visible_at_ms BIGINT NOT NULL,
    receive_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);

CREATE INDEX queue_messages_visible ON queue_messages (visible_at_ms, id);

-- Every dedupe key ever accepted, so a second enqueue with the key is dropped even after the first
-- message was applied.
CREATE TABLE queue_dedupe (
    dedupe_key TEXT PRIMARY KEY,
    message_id TEXT NOT NULL,
    enqueued_at_ms BIGINT NOT NULL
);

CREATE TABLE dead_letters (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    dedupe_key TEXT,
    enqueued_at_ms BIGINT NOT NULL,
    dead_at_ms BIGINT NOT NULL,
    receive_count INTEGER NOT NULL,
    reason TEXT NOT NULL
);

ALTER TABLE processed_messages ADD COLUMN enqueued_at_ms BIGINT;

CREATE INDEX processed_messages_by_time ON processed_messages (processed_at_ms);

-- Notifications to clients, written in the transaction of the change they report and sent afterwards.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp')),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL DEFAULT '',
    template TEXT NOT NULL,
    client_id TEXT,
    source_message_id TEXT,
    status TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DEAD')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms BIGINT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    sent_at_ms BIGINT,
    last_error TEXT NOT NULL DEFAULT '',
    provider_ref TEXT NOT NULL DEFAULT ''
);

CREATE INDEX outbox_due ON outbox (status, next_attempt_at_ms);

-- Transactions received by the webhook, the simulator or a TRANSACTION_INGEST message.
CREATE TABLE ingested_transactions (
    transaction_id TEXT PRIMARY KEY,
    source_account TEXT NOT NULL,
    destination_account TEXT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    merchant TEXT NOT NULL DEFAULT '',
    event_time_ms BIGINT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('PROCESSING', 'PROCESSED')),
    received_at_ms BIGINT NOT NULL,
    processed_at_ms BIGINT,
    message_id TEXT
);

CREATE INDEX ingested_by_time ON ingested_transactions (received_at_ms);

-- Settings every desktop and worker on this book shares (category bands, SMTP server, SMS provider).
-- Secrets never live here: they go to each machine's secret store.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
