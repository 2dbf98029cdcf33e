#pragma once

namespace Ledgerdesk {

class CommandExecutor;

// TRANSACTION_INGEST: checks the payload (IngestPayload: every bad field is a Validation error naming
// it), categorises the amount with the book's current bands (CategoryBands) and leaves the transaction
// PROCESSED with its category and processed_at, all in the message's transaction. A transaction the
// intake recorded as PROCESSING is completed as it was recorded; one that arrived by another way
// (ledgerdesk enqueue) is recorded from the payload. A transaction already PROCESSED is left alone and
// reported with "duplicate": true. Result: transaction_id, category, status.
void registerIngestHandlers(CommandExecutor &executor);

} // namespace Ledgerdesk
