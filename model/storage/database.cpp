#include "database.h"

#include "core/logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Database)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ledgerdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

// A new book holds client data and password hashes: its folder (when this creates it) is 0700 and the
// file 0600 before SQLite writes a byte, and SQLite gives its -wal and -shm files the file's mode.
Result<void> createForOwnerOnly(const QFileInfo &book)
{
    const QString folder = book.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return makeError(Error::Kind::Storage, Strings::tr("Could not create the folder %1.").arg(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (book.exists()) {
        if (book.permissions() & (QFile::ReadGroup | QFile::ReadOther))
            qCWarning(lcStorage) << "the book" << book.absoluteFilePath() << "is readable by other users";
        return {};
    }
    QFile file(book.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return makeError(Error::Kind::Storage, Strings::tr("Could not create the database file %1.").arg(book.absoluteFilePath()),
            file.errorString());
    return {};
}

} // namespace

Error storageError(const QSqlQuery &query, const QString &whatFailed)
{
    const QSqlError error = query.lastError();
    return makeError(Error::Kind::Storage, whatFailed,
        QStringLiteral("%1 [%2] (%3)").arg(error.text(), error.nativeErrorCode(), query.lastQuery()));
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("ledgerdesk.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Access access)
{
    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = nextConnectionName();
    db->m_location = location;
    db->m_access = access;

    if (isPostgresUrl(location)) {
        const QUrl url(location);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return makeError(Error::Kind::Validation,
                Strings::tr("The database address must look like postgresql://user@host:port/dbname."), location);
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return makeError(Error::Kind::Unsupported,
                Strings::tr("PostgreSQL support is not installed (the Qt PostgreSQL driver is missing)."));
        db->m_dialect = Dialect::Postgres;
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        db->m_db.setHostName(url.host());
        db->m_db.setPort(url.port(5432));
        db->m_db.setDatabaseName(url.path().mid(1));
        db->m_db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db->m_db.setPassword(url.password());
        db->m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=ledgerdesk"));
        if (!db->m_db.open())
            return makeError(Error::Kind::Storage,
                Strings::tr("Could not connect to the PostgreSQL server at %1.").arg(url.host()), db->m_db.lastError().text());
        if (auto ok = db->configurePostgres(); !ok)
            return ok.error();
        return db;
    }

    const QString path = location.startsWith(QLatin1String("sqlite://")) ? location.mid(9) : location;
    const QFileInfo info(path);
    if (access == Access::ReadOnly && !info.exists())
        return makeError(Error::Kind::NotFound, Strings::tr("There is no database at %1.").arg(path));
    if (access == Access::ReadWrite) {
        if (auto ok = createForOwnerOnly(info); !ok)
            return ok.error();
    }
    db->m_dialect = Dialect::Sqlite;
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open())
        return makeError(
            Error::Kind::Storage, Strings::tr("Could not open the database file %1.").arg(path), db->m_db.lastError().text());
    if (auto ok = db->configureSqlite(); !ok)
        return ok.error();
    return db;
}

QString Database::displayLocation() const
{
    if (m_dialect == Dialect::Sqlite)
        return m_location;
    return QUrl(m_location).adjusted(QUrl::RemovePassword).toDisplayString();
}

Result<void> Database::configureSqlite()
{
    const QString failed = Strings::tr("Could not configure the database file.");
    if (m_access == Access::ReadWrite) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return storageError(query, failed);
        if (query.next() && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStorage) << "SQLite refused WAL mode; journal mode is" << query.value(0).toString();
    }
    // Savepoint journals in memory: they hold only the pages one message touches.
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"}) {
        if (auto ok = execRaw(QString::fromLatin1(pragma), failed); !ok)
            return ok;
    }
    return {};
}

Result<void> Database::configurePostgres()
{
    if (auto ok = execRaw(
            QStringLiteral("SET client_min_messages TO WARNING"), Strings::tr("Could not configure the database connection."));
        !ok)
        return ok;
    if (m_access == Access::ReadOnly)
        return execRaw(
            QStringLiteral("SET default_transaction_read_only = on"), Strings::tr("Could not open the database read-only."));
    return {};
}

Result<void> Database::ping()
{
    return execRaw(QStringLiteral("SELECT 1"), Strings::tr("The database server does not answer."));
}

Result<void> Database::reconnect()
{
    Q_ASSERT(m_transactionDepth == 0);
    m_statements.clear();
    m_unprepared = QSqlQuery();
    m_db.close();
    if (!m_db.open()) {
        const QString where = m_dialect == Dialect::Postgres ? m_db.hostName() : m_location;
        return makeError(
            Error::Kind::Storage, Strings::tr("Could not connect to the database at %1.").arg(where), m_db.lastError().text());
    }
    return m_dialect == Dialect::Postgres ? configurePostgres() : configureSqlite();
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        // Not kept: a statement prepared in an aborted transaction or on a lost connection would stay
        // broken. The caller's exec() fails and reports it; the next call prepares again.
        qCWarning(lcStorage) << "prepare failed:" << query.lastError().text() << sql;
        m_unprepared = std::move(query);
        return m_unprepared;
    }
    return *m_statements.insert(sql, query);
}

Result<void> Database::exec(QSqlQuery &query, const QString &whatFailed)
{
    if (!query.exec())
        return storageError(query, whatFailed);
    return {};
}

Result<void> Database::execRaw(const QString &sql, const QString &whatFailed)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return storageError(query, whatFailed);
    return {};
}

QString Database::skipLockedRows() const
{
    return m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
}

Result<void> Database::notify(const QString &channel, const char *whatFailed)
{
    if (!hasNotifications())
        return {};
    return execControl(QStringLiteral("NOTIFY ") + channel, whatFailed);
}

QSqlDriver *Database::listen(const QString &channel)
{
    if (!hasNotifications())
        return nullptr;
    QSqlDriver *driver = m_db.driver();
    return driver->subscribeToNotification(channel) ? driver : nullptr;
}

Result<void> Database::lockUntilCommit(qint64 key, const QString &whatFailed)
{
    if (m_dialect != Dialect::Postgres)
        return {};
    QSqlQuery &lock = prepared(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    lock.addBindValue(key);
    if (!lock.exec())
        return storageError(lock, whatFailed);
    lock.finish();
    return {};
}

Result<void> Database::execControl(const QString &sql, const char *whatFailed)
{
    if (m_dialect != Dialect::Sqlite)
        return execRaw(sql, Strings::tr(whatFailed));
    QSqlQuery &query = prepared(sql);
    if (!query.exec())
        return storageError(query, Strings::tr(whatFailed));
    query.finish();
    return {};
}

} // namespace Ledgerdesk
