#pragma once

#include "core/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Ledgerdesk {

// One open connection to the books: an SQLite file or a PostgreSQL database. A Database belongs to
// the thread that opened it and must only be used there (Qt cannot move a connection between
// threads). It owns its QSqlDatabase connection and the prepared statements cached on it.
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };
    enum class Access { ReadWrite, ReadOnly };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens a location: a file path (SQLite; created when missing) or
    // postgresql://user@host:port/dbname (password from PGPASSWORD). Does not migrate.
    static Result<std::unique_ptr<Database>> open(const QString &location, Access access = Access::ReadWrite);
    // Where the SQLite file lives when no --db is given.
    static QString defaultLocation();

    Dialect dialect() const { return m_dialect; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    const QString &location() const { return m_location; }
    QSqlDatabase &connection() { return m_db; }

    // A statement prepared once per connection and reused; bind values and exec() it.
    // Do not hold two uses of the same SQL text at once.
    QSqlQuery &prepared(const QString &sql);
    // Runs a statement with bound values; on failure an Error with a sentence for people.
    Result<void> exec(QSqlQuery &query, const QString &whatFailed);
    // Runs SQL text with no parameters (DDL, pragmas).
    Result<void> execRaw(const QString &sql, const QString &whatFailed);
    // Runs a transaction-control statement (BEGIN, SAVEPOINT, RELEASE, ...), prepared once where the
    // driver allows it, since these run several times per message. whatFailed is a source text in the
    // "Ledgerdesk::Database" context (QT_TRANSLATE_NOOP), translated only when it is needed.
    Result<void> execControl(const QString &sql, const char *whatFailed);

    // Nesting depth of TransactionGuard on this connection.
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class TransactionGuard;
    Database() = default;
    Result<void> configureSqlite();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_location;
    Dialect m_dialect = Dialect::Sqlite;
    Access m_access = Access::ReadWrite;
    int m_transactionDepth = 0;
    QHash<QString, QSqlQuery> m_statements;
    QSqlQuery m_unprepared; // the last statement that failed to prepare, for its caller to report
};

// A null QString binds as SQL NULL; text columns that are NOT NULL get "" instead.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Turns a failed query into an Error: a sentence for people, the driver's text for the log.
Error storageError(const QSqlQuery &query, const QString &whatFailed);

} // namespace Ledgerdesk
