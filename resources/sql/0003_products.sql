-- Micro-loans, payments to merchants and savings goals. Their money moves only through journal
-- entries; these tables hold the workflow state and point at the entries that moved the money.

-- remaining_minor starts at the total the schedule asks for (principal and interest) and falls with
-- each repayment; PAID exactly when it reaches zero.
CREATE TABLE loans (
    id TEXT PRIMARY KEY,
    wallet_id TEXT NOT NULL REFERENCES accounts (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    principal_minor BIGINT NOT NULL CHECK (principal_minor > 0),
    rate_bp INTEGER NOT NULL CHECK (rate_bp >= 0),
    term_months INTEGER NOT NULL CHECK (term_months BETWEEN 1 AND 360),
    monthly_payment_minor BIGINT NOT NULL CHECK (monthly_payment_minor > 0),
    total_due_minor BIGINT NOT NULL CHECK (total_due_minor >= principal_minor),
    remaining_minor BIGINT NOT NULL CHECK (remaining_minor >= 0),
    status TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'PAID')),
    applied_by TEXT NOT NULL REFERENCES agents (id),
    applied_at_ms BIGINT NOT NULL,
    decided_by TEXT REFERENCES agents (id),
    decided_at_ms BIGINT,
    decision_reason TEXT NOT NULL DEFAULT '',
    funded_entry_id TEXT REFERENCES journal_entries (id),
    paid_at_ms BIGINT,
    CHECK ((status = 'PAID') = (remaining_minor = 0))
);

CREATE INDEX loans_by_status ON loans (status, applied_at_ms);
CREATE INDEX loans_by_wallet ON loans (wallet_id);

-- REQUESTED (clamped to what remains after the repayments in flight) -> DEBITED (the wallet paid)
-- -> SUCCEEDED (the loan's remaining balance lowered), or REQUESTED -> FAILED with the reason.
CREATE TABLE loan_repayments (
    id TEXT PRIMARY KEY,
    loan_id TEXT NOT NULL REFERENCES loans (id),
    requested_minor BIGINT NOT NULL CHECK (requested_minor > 0),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    status TEXT NOT NULL CHECK (status IN ('REQUESTED', 'DEBITED', 'SUCCEEDED', 'FAILED')),
    reason TEXT NOT NULL DEFAULT '',
    entry_id TEXT REFERENCES journal_entries (id),
    requested_by TEXT NOT NULL REFERENCES agents (id),
    requested_at_ms BIGINT NOT NULL,
    settled_at_ms BIGINT
);

CREATE INDEX loan_repayments_by_loan ON loan_repayments (loan_id, requested_at_ms);

CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    wallet_id TEXT NOT NULL REFERENCES accounts (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    merchant_id TEXT NOT NULL CHECK (merchant_id <> ''),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    status TEXT NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    reason TEXT NOT NULL DEFAULT '',
    entry_id TEXT REFERENCES journal_entries (id),
    requested_by TEXT NOT NULL REFERENCES agents (id),
    requested_at_ms BIGINT NOT NULL,
    settled_at_ms BIGINT
);

CREATE INDEX payments_by_time ON payments (requested_at_ms);
CREATE INDEX payments_by_wallet ON payments (wallet_id);

-- A goal's money lives in its own account (kind savings_goal); current = that account's balance.
CREATE TABLE savings_goals (
    id TEXT PRIMARY KEY,
    wallet_id TEXT NOT NULL REFERENCES accounts (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    account_id TEXT NOT NULL UNIQUE REFERENCES accounts (id),
    name TEXT NOT NULL CHECK (name <> ''),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    target_minor BIGINT NOT NULL CHECK (target_minor > 0),
    status TEXT NOT NULL CHECK (status IN ('OPEN', 'REDEEMED', 'DELETED')),
    reached_at_ms BIGINT,
    created_by TEXT NOT NULL REFERENCES agents (id),
    created_at_ms BIGINT NOT NULL,
    closed_at_ms BIGINT
);

CREATE INDEX savings_goals_by_wallet ON savings_goals (wallet_id);

CREATE TABLE goal_contributions (
    id TEXT PRIMARY KEY,
    goal_id TEXT NOT NULL REFERENCES savings_goals (id),
    kind TEXT NOT NULL CHECK (kind IN ('ADD', 'REDEEM', 'REFUND')),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    entry_id TEXT NOT NULL REFERENCES journal_entries (id),
    agent_id TEXT NOT NULL REFERENCES agents (id),
    created_at_ms BIGINT NOT NULL
);

CREATE INDEX goal_contributions_by_goal ON goal_contributions (goal_id, created_at_ms);
