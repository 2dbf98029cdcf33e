#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace Ledgerdesk {
class Database;
}

namespace Ledgerdesk::Test {

// What one run of the real ledgerdesk executable left behind: how it ended and all it printed.
struct BinaryRun
{
    QStringList arguments;
    bool finished = false; // false when it had to be killed at the deadline
    int exitCode = -1;
    QByteArray output; // stdout and stderr, interleaved

    bool succeeded() const { return finished && exitCode == 0; }
    // "ledgerdesk verify ...: exit 1\n<output>", for a failure message.
    QByteArray describe() const;
};

// The ledgerdesk executable these tests run (the build's, see LEDGERDESK_BINARY).
QString ledgerdeskBinary();

// Runs `ledgerdesk <arguments>` to its end in the C.UTF-8 locale (so its sentences are English) and
// returns how it ended; a run still going after timeoutMs is killed and reported as unfinished.
BinaryRun runLedgerdesk(const QStringList &arguments, int timeoutMs = 120000);

// Starts `ledgerdesk <arguments>` in the background and returns once it runs. The QProcess belongs
// to the caller; destroying it kills the program. Null when it did not start.
std::unique_ptr<QProcess> startLedgerdesk(const QStringList &arguments);

// Starts `ledgerdesk process --db <location>` (the headless processor), as startLedgerdesk().
std::unique_ptr<QProcess> startProcessor(const QString &location);

// Writes a demo book of `clients` clients at `location` with `ledgerdesk demo` and opens it (openBooks);
// the run described in the error when it fails.
Result<std::unique_ptr<Database>> openDemoBook(const QString &location, int clients);

// The first column of the first row of `sql` on `db`; -1 when the query fails (as while a server is
// down) or returns no row.
qint64 scalar(Database &db, const QString &sql);

} // namespace Ledgerdesk::Test
