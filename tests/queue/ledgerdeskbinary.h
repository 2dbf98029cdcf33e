#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <memory>

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

} // namespace Ledgerdesk::Test
