-- API tokens of the integrations that read through the webhook server (GET /v1/...). Only the
-- SHA-256 of a token is kept (64 lower-case hex digits); the token itself is shown once, when it is
-- created, and stored nowhere. A token is live until it is revoked; a name belongs to one live token
-- at a time, so a revoked name can be given to a new token.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    created_by TEXT NOT NULL REFERENCES agents (id),
    created_at_ms BIGINT NOT NULL,
    revoked_by TEXT REFERENCES agents (id),
    revoked_at_ms BIGINT,
    last_used_at_ms BIGINT,
    CHECK ((revoked_by IS NULL) = (revoked_at_ms IS NULL))
);

CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at_ms IS NULL;
