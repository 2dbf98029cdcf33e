#pragma once

#include "queue/ledgerdeskbinary.h"

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ledgerdesk::Test {

// A run of the real ledgerdesk executable under conditions a fault test sets: variables added to its
// environment (HOME, XDG_CONFIG_HOME, LEDGERDESK_PASSWORD) and a function run in the child between
// fork and exec (setrlimit, signal dispositions: async-signal-safe calls only). Otherwise as
// runLedgerdesk(): the C.UTF-8 locale, stdout and stderr merged. Used on the test's thread.
struct LedgerdeskChild
{
    QStringList arguments;
    QHash<QString, QString> environment;
    std::function<void()> beforeExec;

    // Starts the program and returns once it runs; the QProcess belongs to the caller and destroying
    // it kills the program. Null when it did not start.
    std::unique_ptr<QProcess> start() const;
    // Runs the program to its end; a run still going after timeoutMs is killed and reported unfinished.
    BinaryRun run(int timeoutMs = 60000) const;
};

} // namespace Ledgerdesk::Test
