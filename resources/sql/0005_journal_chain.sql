-- The journal's hash chain (model/storage/journalchain.h; README, "The journal's hash chain").
-- chain_seq numbers the entries 1, 2, 3, ... in the order they were posted; prev_hash is the
-- entry_hash of the entry numbered one less (empty for the first); entry_hash is the SHA-256, in 64
-- lower-case hexadecimal digits, of the entry's canonical encoding. SQL cannot compute SHA-256
-- portably: the program chains the entries a book already holds in this step's transaction, right
-- after these statements, in the order of their first postings.
ALTER TABLE journal_entries ADD COLUMN chain_seq BIGINT;
ALTER TABLE journal_entries ADD COLUMN prev_hash TEXT;
ALTER TABLE journal_entries ADD COLUMN entry_hash TEXT;

-- One entry per place: of two transactions that took the same place, the later cannot commit, so the
-- chain never forks.
CREATE UNIQUE INDEX journal_entries_by_chain ON journal_entries (chain_seq);
