#pragma once

#include <QString>

namespace Ledgerdesk::Ids {

// A new time-ordered identifier (ULID: 48-bit milliseconds + 80 random bits, Crockford base 32,
// 26 characters). Ids made later in this process sort after earlier ones, even within a millisecond,
// so inserts append to the index. Thread-safe.
QString next();

// Milliseconds since the Unix epoch, UTC: the one time format of the whole program.
qint64 nowMs();

} // namespace Ledgerdesk::Ids
