#include "openbooks.h"

#include "migrator.h"

namespace Ledgerdesk {

Result<std::unique_ptr<Database>> openBooks(const QString &location, Database::Access access)
{
    auto db = Database::open(location, access);
    if (!db)
        return db;
    if (auto ok = Migrator(**db).migrate(); !ok)
        return ok.error();
    return db;
}

} // namespace Ledgerdesk
