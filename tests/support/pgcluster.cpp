#include "pgcluster.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

namespace Ledgerdesk::Test {

namespace {

const QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
constexpr int startAttempts = 3;

bool isRoot()
{
    return ::geteuid() == 0;
}

// A port nobody listens on right now; pg_ctl start is retried in case another process takes it first.
int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

Error clusterError(const QString &why, const QString &detail = {})
{
    return makeError(
        Error::Kind::Storage, QStringLiteral("The test PostgreSQL cluster could not be started: %1").arg(why), detail);
}

// Runs a PostgreSQL tool in `workingDir`, as the postgres user when root (initdb refuses root).
Result<void> runTool(const QString &tool, const QStringList &arguments, const QString &workingDir, int timeoutMs)
{
    QString program = binDir + QLatin1Char('/') + tool;
    QStringList args = arguments;
    if (isRoot()) {
        args.prepend(program);
        args = QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + args;
        program
            = QStandardPaths::findExecutable(QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (program.isEmpty())
            return clusterError(QStringLiteral("running as root, but runuser is missing."));
    }
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    const QString commandLine = program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
    if (!process.waitForStarted(10000))
        return clusterError(
            QStringLiteral("%1 did not start.").arg(tool), commandLine + QStringLiteral(": ") + process.errorString());
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return clusterError(QStringLiteral("%1 did not finish within %2 s.").arg(tool).arg(timeoutMs / 1000), commandLine);
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return clusterError(QStringLiteral("%1 failed with exit code %2.").arg(tool).arg(process.exitCode()),
            commandLine + QLatin1Char('\n') + text);
    return {};
}

// Stops and removes the clusters of earlier test processes that died without cleaning up (killed by
// a signal, say): every ledgerdesk-pg-* folder in `tempRoot` whose owner.pid names no live process.
void reapAbandonedClusters(const QString &tempRoot)
{
    const QDir root(tempRoot);
    const QFileInfoList dirs = root.entryInfoList({QStringLiteral("ledgerdesk-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &dir : dirs) {
        QFile ownerFile(QDir(dir.filePath()).filePath(QStringLiteral("owner.pid")));
        if (!ownerFile.open(QIODevice::ReadOnly)) {
            // Perhaps being set up right now; only an old folder without an owner is abandoned.
            if (dir.lastModified().secsTo(QDateTime::currentDateTime()) < 600)
                continue;
        } else {
            bool ok = false;
            const pid_t owner = pid_t(ownerFile.readAll().trimmed().toLongLong(&ok));
            if (!ok || owner <= 0 || ::kill(owner, 0) == 0 || errno != ESRCH)
                continue;
        }
        const QString dataDir = QDir(dir.filePath()).filePath(QStringLiteral("data"));
        if (QFileInfo::exists(dataDir + QStringLiteral("/postmaster.pid")))
            static_cast<void>(runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                    QStringLiteral("stop")},
                dir.filePath(), 60000));
        if (QDir(dir.filePath()).removeRecursively())
            qInfo().noquote() << "Removed the abandoned test PostgreSQL cluster in" << dir.filePath();
    }
}

} // namespace

PgCluster::PgCluster()
    : m_connectionName(QStringLiteral("ledgerdesk-test-pgcluster"))
{ }

PgCluster::~PgCluster()
{
    stop();
}

Result<QString> PgCluster::createDatabase()
{
    if (m_startError)
        return *m_startError;
    if (!m_running) {
        if (auto ok = start(); !ok) {
            m_startError = ok.error();
            stop();
            return ok.error();
        }
    }
    // The name is ours ("t_" and a number): CREATE DATABASE takes no bound parameters.
    const QString name = QStringLiteral("t_%1").arg(++m_databases);
    QSqlDatabase admin = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(admin);
    if (!query.exec(QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(name)))
        return makeError(Error::Kind::Storage, QStringLiteral("The test database %1 could not be created.").arg(name),
            query.lastError().text());
    return QStringLiteral("postgresql://ledgerdesk@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

Result<void> PgCluster::start()
{
    if (!QFileInfo(binDir + QStringLiteral("/initdb")).isExecutable()
        || !QFileInfo(binDir + QStringLiteral("/pg_ctl")).isExecutable())
        return clusterError(QStringLiteral("PostgreSQL 15 is not installed (no initdb and pg_ctl in %1).").arg(binDir));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return clusterError(QStringLiteral("the Qt PostgreSQL driver (QPSQL) is missing."));

    // As root the postgres user must reach the folder, and a private TMPDIR may be closed to it.
    const QString tempRoot = isRoot() || QDir::tempPath().size() > 60 ? QStringLiteral("/tmp") : QDir::tempPath();
    reapAbandonedClusters(tempRoot);
    m_dir = std::make_unique<QTemporaryDir>(tempRoot + QStringLiteral("/ledgerdesk-pg-XXXXXX"));
    if (!m_dir->isValid())
        return clusterError(QStringLiteral("no temporary folder in %1.").arg(tempRoot), m_dir->errorString());
    QFile owner(m_dir->filePath(QStringLiteral("owner.pid")));
    if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(qint64(::getpid()))) < 0)
        return clusterError(QStringLiteral("could not write %1.").arg(owner.fileName()), owner.errorString());
    owner.close();
    if (isRoot()) {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            return clusterError(QStringLiteral("running as root, but there is no postgres user to run it as."));
        if (::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0)
            return clusterError(QStringLiteral("could not hand %1 to the postgres user.").arg(m_dir->path()),
                QString::fromLocal8Bit(::strerror(errno)));
    }
    m_dataDir = m_dir->filePath(QStringLiteral("data"));

    if (auto ok = runTool(QStringLiteral("initdb"),
            {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("ledgerdesk"), QStringLiteral("-A"),
                QStringLiteral("trust"), QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--no-locale")},
            m_dir->path(), 120000);
        !ok)
        return ok.error();

    Result<void> started = clusterError(QStringLiteral("no free port."));
    for (int attempt = 0; attempt < startAttempts && !started; ++attempt)
        started = startServer();
    if (!started)
        return started;
    m_running = true;

    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    admin.setHostName(QStringLiteral("127.0.0.1"));
    admin.setPort(m_port);
    admin.setUserName(QStringLiteral("ledgerdesk"));
    admin.setDatabaseName(QStringLiteral("postgres"));
    if (!admin.open())
        return clusterError(
            QStringLiteral("the server started but refused a connection on port %1.").arg(m_port), admin.lastError().text());
    qInfo().noquote() << "PostgreSQL test cluster on 127.0.0.1 port" << m_port << "in" << m_dir->path();
    return {};
}

Result<void> PgCluster::startServer()
{
    m_port = freePort();
    if (m_port == 0)
        return clusterError(QStringLiteral("no free TCP port on 127.0.0.1."));
    return launchServer();
}

Result<void> PgCluster::stopServer()
{
    if (!m_running)
        return clusterError(QStringLiteral("the server is not running."));
    return stopServerNow();
}

Result<void> PgCluster::restartServer()
{
    if (!m_dir)
        return clusterError(QStringLiteral("the cluster was never started."));
    return launchServer();
}

Result<void> PgCluster::stopServerNow()
{
    return runTool(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
            QStringLiteral("stop")},
        m_dir->path(), 60000);
}

Result<void> PgCluster::launchServer()
{
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_dir->path())
                                .arg(m_port);
    auto ok = runTool(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("postgres.log")),
            QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
            QStringLiteral("start")},
        m_dir->path(), 90000);
    if (!ok)
        return makeError(
            ok.error().kind, ok.error().message, ok.error().detail + QStringLiteral("\nserver log:\n") + serverLogTail());
    return {};
}

void PgCluster::stop()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    // Also after a start that failed half-way: whatever postmaster.pid names is stopped.
    if (m_dir && QFileInfo::exists(m_dataDir + QStringLiteral("/postmaster.pid"))) {
        if (auto ok = stopServerNow(); !ok)
            qWarning().noquote() << "Could not stop the test PostgreSQL cluster:" << ok.error().message << ok.error().detail;
    }
    m_running = false;
    m_dir.reset();
}

QString PgCluster::serverLogTail() const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->filePath(QStringLiteral("postgres.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no server log)");
    const QByteArray text = log.readAll();
    return QString::fromLocal8Bit(text.right(2000));
}

} // namespace Ledgerdesk::Test
