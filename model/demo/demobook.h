#pragma once

#include "core/result.h"

#include <functional>

namespace Ledgerdesk {

class Database;

// The demo book: three agents (see README for their passwords), clients with wallets in one or two
// currencies, and six weeks of deposits, withdrawals, transfers, profile updates and look-ups, all
// applied through the same handlers as real work. Deterministic for a given client count.
class DemoBook
{
public:
    struct Agent
    {
        const char *id;
        const char *name;
        const char *role;
        const char *password;
    };
    static const QList<Agent> &agents();

    explicit DemoBook(Database &db)
        : m_db(db)
    { }

    // progress(done, total) is called as the history is written. Refuses a book that has clients.
    Result<void> create(int clientCount, const std::function<void(int, int)> &progress = {});

private:
    Database &m_db;
};

} // namespace Ledgerdesk
