#pragma once

namespace Ledgerdesk {

class CommandExecutor;

// RECORD_UPDATE (any agent corrects a record's metadata; the correction is itself recorded) and
// RECORD_DELETE (supervisors only; a tombstone remains).
void registerRecordHandlers(CommandExecutor &executor);

} // namespace Ledgerdesk
