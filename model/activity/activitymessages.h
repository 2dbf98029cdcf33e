#pragma once

#include "commands/messagetype.h"

namespace Ledgerdesk::ActivityMessages {

// Any agent corrects a record's metadata (the correction is itself recorded); supervisors delete one,
// leaving a tombstone.
inline const QString recordUpdate = QStringLiteral("RECORD_UPDATE");
inline const QString recordDelete = QStringLiteral("RECORD_DELETE");

// The declarations of the types above, with their handlers (recordhandlers.cpp).
QList<MessageType> types();

} // namespace Ledgerdesk::ActivityMessages
