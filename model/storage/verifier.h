#pragma once

#include "bookcheck.h"
#include "core/result.h"

#include <QList>

namespace Ledgerdesk {

class Database;

// Runs the checks of the books' invariants that it is given (each area declares its own beside its
// repository) and collects every row that breaks one. Reads only; used on the connection's thread.
class Verifier
{
public:
    using Breach = Ledgerdesk::Breach;

    Verifier(Database &db, QList<BookCheck> checks)
        : m_db(db)
        , m_checks(std::move(checks))
    { }

    // Every breach found, in the order of the checks; an empty list means the books are sound.
    Result<QList<Breach>> run();

private:
    Database &m_db;
    QList<BookCheck> m_checks;
};

} // namespace Ledgerdesk
