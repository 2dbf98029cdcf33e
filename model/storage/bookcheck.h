#pragma once

#include <QString>

#include <functional>

class QSqlQuery;
class QVariant;

namespace Ledgerdesk {

// A place where the books break one of their invariants.
struct Breach
{
    QString subject; // the account, entry or product it concerns
    QString description; // a sentence for people
};

// One invariant of the books, declared by the area that owns the tables it reads (beside its
// repository, as `checks()`): SQL returning the rows that break it, and how to describe one such row.
// The Verifier runs them; the SQL takes no parameters.
struct BookCheck
{
    QString sql;
    std::function<Breach(const QSqlQuery &)> describe;

    // An amount read from a check's row, as a breach's sentence shows it: "12.50 USD".
    static QString amount(const QVariant &minor, const QVariant &currency);
};

} // namespace Ledgerdesk
