#pragma once

#include "core/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

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
    // The location as people may see it: a PostgreSQL address without its password.
    QString displayLocation() const;
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

    // Whether the connection can be lost while the book lives on: a PostgreSQL server restarts or
    // the network drops; an SQLite file cannot.
    bool canLoseConnection() const { return m_dialect == Dialect::Postgres; }
    // Asks the server whether this connection still works (a trivial query outside any transaction).
    Result<void> ping();
    // Opens the connection again after it was lost; prepared statements are prepared anew and
    // notifications must be listened for again. Only between transactions.
    Result<void> reconnect();

    // What the dialects do differently, so that no SQL outside storage/ asks which one it speaks.

    // The end of a SELECT that picks rows to claim inside a transaction: " FOR UPDATE SKIP LOCKED" on
    // PostgreSQL, so rows that another claim has locked are passed over rather than waited for (and
    // never returned twice); empty on SQLite, where the IMMEDIATE transaction makes claims take turns.
    QString skipLockedRows() const;
    // Whether one connection can wake others of the same book (PostgreSQL's LISTEN and NOTIFY); on
    // SQLite there is no such thing and the others poll.
    bool hasNotifications() const { return m_dialect == Dialect::Postgres; }
    // Sends a notification on `channel`, delivered when the current transaction commits to every
    // connection listening on it; does nothing without notifications. whatFailed as for execControl().
    Result<void> notify(const QString &channel, const char *whatFailed);
    // Listens on `channel`: the returned driver emits notification() for each one. Null when the
    // connection has no notifications or could not listen.
    QSqlDriver *listen(const QString &channel);
    // Waits for and holds the lock `key` until the current transaction ends, so the transactions that
    // take the same key run one after another (a PostgreSQL advisory lock). Does nothing on SQLite,
    // whose write transaction already shuts out every other writer.
    Result<void> lockUntilCommit(qint64 key, const QString &whatFailed);

private:
    friend class TransactionGuard;
    Database() = default;
    Result<void> configureSqlite();
    Result<void> configurePostgres();

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

// An empty QString binds as SQL NULL, for a nullable column that has no value.
inline QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Turns a failed query into an Error: a sentence for people, the driver's text for the log.
Error storageError(const QSqlQuery &query, const QString &whatFailed);

} // namespace Ledgerdesk
