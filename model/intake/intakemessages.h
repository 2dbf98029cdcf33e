#pragma once

#include "commands/messagetype.h"

namespace Ledgerdesk::IntakeMessages {

// A transaction reported by the webhook, the simulator or `ledgerdesk enqueue`: checked
// (IngestPayload: every bad field is a Validation error naming it), categorised with the book's current
// bands (CategoryBands) and left PROCESSED with its category and processed_at, all in the message's
// transaction. A transaction the intake recorded as PROCESSING is completed as it was recorded; one
// that arrived by another way is recorded from the payload. One already PROCESSED is left alone and
// reported with "duplicate": true. Result: transaction_id, category, status.
inline const QString ingest = QStringLiteral("TRANSACTION_INGEST");

// The declaration of the type above, with its handler (ingesthandler.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::IntakeMessages
