#pragma once

#include <QStringList>

namespace Ledgerdesk::Desktop {

// Opens the dashboard: the books at --db (or the default file, made with a demo book on first run),
// the sign-in dialog, then the main window. Returns the exit code of the event loop.
int run(const QStringList &arguments);

} // namespace Ledgerdesk::Desktop
