#pragma once

#include <QStringList>

namespace Ledgerdesk::CommandLine {

// True when the arguments name a command (demo, verify, ...) or ask for --help or --version, rather
// than opening the window; an unknown command is one too, so that run() can say it is unknown.
bool isSubcommand(const QStringList &arguments);
// True for subcommands that render widgets (screenshot) and so need a QApplication.
bool needsWidgets(const QStringList &arguments);

// Runs a subcommand; the application object exists already. Returns the process exit code:
// 0 success, 1 the books have breaches, 2 a usage or runtime error (said on stderr as a sentence).
int run(const QStringList &arguments);

} // namespace Ledgerdesk::CommandLine
