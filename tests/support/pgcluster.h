#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace Ledgerdesk::Test {

// A throw-away PostgreSQL 15 cluster for one test process. It starts on the first createDatabase():
// initdb in a fresh temporary folder, pg_ctl start on a free port on 127.0.0.1 with its socket in that
// folder and fsync off. The destructor stops it (immediate mode) and removes the folder. As root,
// initdb and pg_ctl run as the postgres user (initdb refuses root). Owned by the test's main(), used
// on the main thread only. A process killed before its destructor ran leaves its cluster behind; the
// next PgCluster to start stops and removes such abandoned clusters (see owner.pid in the folder).
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // postgresql://ledgerdesk@127.0.0.1:PORT/t_N: a new, empty database. Starts the cluster when
    // needed; a cluster that could not start reports the same error on every later call.
    Result<QString> createDatabase();

    // Stops the server as a crash would (immediate mode): every connection breaks, the data stays.
    Result<void> stopServer();
    // Starts the stopped server again on the same port.
    Result<void> restartServer();

    bool isRunning() const { return m_running; }
    int port() const { return m_port; }

private:
    Result<void> start();
    Result<void> startServer();
    Result<void> launchServer();
    Result<void> stopServerNow();
    void stop();
    QString serverLogTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_connectionName;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
    std::optional<Error> m_startError;
};

} // namespace Ledgerdesk::Test
