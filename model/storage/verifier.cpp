#include "verifier.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Verifier)
};

} // namespace

Result<QList<Verifier::Breach>> Verifier::run()
{
    QList<Breach> breaches;
    for (const BookCheck &check : std::as_const(m_checks)) {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.exec(check.sql))
            return storageError(query, Strings::tr("Could not check the books."));
        while (query.next())
            breaches.append(check.describe(query));
    }
    return breaches;
}

} // namespace Ledgerdesk
