#pragma once

#include <QStringList>

class QCommandLineParser;

namespace Ledgerdesk::CommandLine {

// `ledgerdesk optimise --debts FILE --budget AMOUNT [--strategy S] [--json]`: reads the debts file (see
// parseDebtsFile), plans every strategy or the one asked for, and prints the comparison as a table for
// people or as JSON. Needs no database. Returns 0, or 2 after one sentence on stderr.
int runOptimise(const QCommandLineParser &parser, const QStringList &positional);

} // namespace Ledgerdesk::CommandLine
