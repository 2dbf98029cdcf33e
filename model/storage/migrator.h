#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace Ledgerdesk {

class Database;

// Brings a database's schema up to the version this program knows. The migrations are numbered SQL
// files embedded under :/sql; each runs in its own transaction together with the version bump (and what
// its SQL cannot do portably: version 5 chains the journal's existing entries), so an interrupted
// upgrade leaves the previous version intact. A database newer than the program is refused.
class Migrator
{
public:
    struct Migration
    {
        int version;
        QString resourcePath;
    };

    explicit Migrator(Database &db);

    // The schema version stored in the database; 0 for an empty one.
    Result<int> currentVersion();
    static int latestVersion();
    static QList<Migration> migrations();

    // Applies every migration newer than the stored version, up to `target` (default: all).
    Result<void> migrate(int target = -1);

private:
    Result<void> apply(const Migration &migration);

    Database &m_db;
};

} // namespace Ledgerdesk
