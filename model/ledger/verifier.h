#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace Ledgerdesk {

class Database;

// Checks every invariant of the books: each entry's postings sum to zero per currency and it has
// postings at all; each account's stored balance and posting count equal its postings; the running
// balances chain; no customer wallet is below zero; each currency sums to zero over all accounts;
// each loan's remaining balance matches its repayments, and its payout and repayments match the
// wallet's postings; payments' statuses match their debits; a savings goal never holds less than
// nothing, and a closed one holds nothing.
class Verifier
{
public:
    struct Breach
    {
        QString subject;     // the account or entry it concerns
        QString description; // a sentence for people
    };

    explicit Verifier(Database &db) : m_db(db) {}

    // Every breach found; an empty list means the books are sound.
    Result<QList<Breach>> run();

private:
    Database &m_db;
};

} // namespace Ledgerdesk
