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

// A supervisor gives an integration an API token for the webhook server's reads. The payload carries
// the token's name and its SHA-256 (token_hash, 64 lower-case hex digits), never the token: whoever
// makes the token keeps it (`ledgerdesk token create` shows it once). Refused while a live token has
// the name, or when any token ever had the hash. Recorded as Create|ApiToken. Result: token_id, name.
inline const QString apiTokenCreate = QStringLiteral("API_TOKEN_CREATE");
// A supervisor revokes the live token of a name (payload: name); reads with it are refused from then
// on. Recorded as Revoke|ApiToken. Result: token_id, name.
inline const QString apiTokenRevoke = QStringLiteral("API_TOKEN_REVOKE");

// The declarations of the types above, with their handlers: the ingest's (ingesthandler.cpp) and
// the tokens' (apiTokenTypes(), apitokenhandlers.cpp).
QList<MessageType> types();
QList<MessageType> apiTokenTypes();

} // namespace Ledgerdesk::IntakeMessages
