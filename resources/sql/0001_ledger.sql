-- The ledger, its people and the activity log. Times are epoch milliseconds (UTC); amounts are
-- integer minor units (columns ending in _minor). @SERIAL_PK@ is the dialect's auto-increment key.

CREATE TABLE agents (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL CHECK (display_name <> ''),
    role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'system')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until_ms BIGINT NOT NULL DEFAULT 0,
    created_at_ms BIGINT NOT NULL
);

INSERT INTO agents (id, display_name, role, password_hash, created_at_ms)
VALUES ('system', 'System', 'system', '!', 0), ('intake', 'Intake', 'system', '!', 0);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    first_name TEXT NOT NULL CHECK (first_name <> ''),
    last_name TEXT NOT NULL CHECK (last_name <> ''),
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    channels TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL,
    deleted_at_ms BIGINT
);

CREATE INDEX clients_by_name ON clients (last_name, first_name);

-- Customer wallets and the bank's own accounts that hold the other side of every posting.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    client_id TEXT REFERENCES clients (id),
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'cash', 'loan_funding', 'merchant', 'savings_goal', 'ingest')),
    name TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    balance_minor BIGINT NOT NULL DEFAULT 0,
    posting_count BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at_ms BIGINT NOT NULL,
    CHECK (kind <> 'customer' OR client_id IS NOT NULL),
    CHECK (kind <> 'customer' OR balance_minor >= 0)
);

CREATE INDEX accounts_by_client ON accounts (client_id);

CREATE TABLE journal_entries (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('DEPOSIT', 'WITHDRAWAL', 'TRANSFER', 'LOAN_IN', 'LOAN_REPAYMENT',
        'PAYMENT_OUT', 'SAVINGS_ADD', 'SAVINGS_REDEEM', 'SAVINGS_REFUND', 'INGESTED', 'REVERSAL')),
    created_at_ms BIGINT NOT NULL,
    agent_id TEXT NOT NULL REFERENCES agents (id),
    source_message_id TEXT,
    memo TEXT NOT NULL DEFAULT '',
    reverses_entry_id TEXT REFERENCES journal_entries (id)
);

CREATE UNIQUE INDEX journal_entries_one_reversal ON journal_entries (reverses_entry_id);

-- seq numbers an account's postings 1..posting_count; balance_after_minor is the running balance,
-- so a register row is found by (account_id, seq) without scanning.
CREATE TABLE postings (
    id @SERIAL_PK@,
    entry_id TEXT NOT NULL REFERENCES journal_entries (id),
    account_id TEXT NOT NULL REFERENCES accounts (id),
    seq BIGINT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor <> 0),
    balance_after_minor BIGINT NOT NULL,
    UNIQUE (account_id, seq)
);

CREATE INDEX postings_by_entry ON postings (entry_id);

CREATE TABLE activity_records (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents (id),
    client_id TEXT,
    action TEXT NOT NULL,
    attribute TEXT NOT NULL DEFAULT '',
    before_value TEXT NOT NULL DEFAULT '',
    after_value TEXT NOT NULL DEFAULT '',
    created_at_ms BIGINT NOT NULL,
    email_sent INTEGER NOT NULL DEFAULT 0,
    corrected_at_ms BIGINT,
    deleted_at_ms BIGINT,
    deleted_by TEXT REFERENCES agents (id)
);

CREATE INDEX activity_by_time ON activity_records (created_at_ms);
CREATE INDEX activity_by_agent ON activity_records (agent_id, created_at_ms);
CREATE INDEX activity_by_client ON activity_records (client_id, created_at_ms);

-- Every applied message, so a redelivered one is recognised and not applied twice.
CREATE TABLE processed_messages (
    message_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    processed_at_ms BIGINT NOT NULL,
    result TEXT NOT NULL
);
