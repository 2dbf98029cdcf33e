#pragma once

#include "database.h"

namespace Ledgerdesk {

// Opens a location and brings its schema up to date: the one way the program opens its books.
// Read-only opens never migrate, and refuse a database that would need it.
Result<std::unique_ptr<Database>> openBooks(const QString &location, Database::Access access = Database::Access::ReadWrite);

} // namespace Ledgerdesk
