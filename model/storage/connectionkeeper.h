#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace Ledgerdesk {

class Database;

// Keeps a book's connection working for everything that shares it. A part whose statement failed
// outside a transaction calls checkAfterFailure(): when the server does not answer, the book is
// marked unreachable with the reason, and the connection is opened again with backoff (half a
// second, doubling to thirty) until it works. Parts skip their work while the book is unreachable
// and take it up again on reconnected(). An SQLite file is never unreachable this way.
class ConnectionKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int firstRetryMs = 500;
    static constexpr int longestRetryMs = 30000;

    explicit ConnectionKeeper(Database &db, QObject *parent = nullptr);

    bool isReachable() const { return m_reason.isEmpty(); }
    // Why the book cannot be reached, as a sentence; empty while it can.
    const QString &reason() const { return m_reason; }

    // After a failed statement: true when the connection is lost (reconnection is then under way),
    // false when the failure was something else.
    bool checkAfterFailure();

Q_SIGNALS:
    void unreachable(const QString &reason);
    void reconnected();

private:
    void markUnreachable(const QString &detail);
    void tryReconnect();

    Database &m_db;
    QTimer m_retry;
    int m_nextRetryMs = firstRetryMs;
    QString m_reason;
};

} // namespace Ledgerdesk
