#pragma once

#include "core/result.h"

namespace Ledgerdesk {

class Database;

// RAII transaction: the outermost guard on a connection BEGINs (IMMEDIATE on SQLite, so the writer
// lock is taken up front), inner guards use SAVEPOINTs, so repository calls compose inside a caller's
// transaction. Rolls back on destruction unless commit() succeeded: every early return is safe.
// Lives on the connection's thread, on the stack.
class TransactionGuard
{
public:
    explicit TransactionGuard(Database &db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // False when BEGIN or SAVEPOINT failed; error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    Result<void> commit();
    void rollback();

private:
    Database &m_db;
    int m_level = 0;
    bool m_active = false;
    Error m_error;
};

} // namespace Ledgerdesk
