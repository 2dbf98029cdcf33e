#include "connectionkeeper.h"

#include "core/logging.h"
#include "database.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::ConnectionKeeper)
};

} // namespace

ConnectionKeeper::ConnectionKeeper(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionKeeper::tryReconnect);
}

bool ConnectionKeeper::checkAfterFailure()
{
    if (!isReachable())
        return true;
    if (!m_db.canLoseConnection() || m_db.transactionDepth() > 0)
        return false;
    auto alive = m_db.ping();
    if (alive)
        return false;
    markUnreachable(alive.error().detail);
    return true;
}

void ConnectionKeeper::markUnreachable(const QString &detail)
{
    m_reason = Strings::tr("The database server cannot be reached; reconnecting. Nothing is lost meanwhile.");
    m_nextRetryMs = firstRetryMs;
    qCWarning(lcStorage) << "lost the connection to the book:" << detail;
    Q_EMIT unreachable(m_reason);
    m_retry.start(m_nextRetryMs);
}

void ConnectionKeeper::tryReconnect()
{
    auto ok = m_db.reconnect();
    if (!ok) {
        m_nextRetryMs = qMin(m_nextRetryMs * 2, longestRetryMs);
        qCInfo(lcStorage) << "reconnect failed, next try in" << m_nextRetryMs << "ms:" << ok.error().detail;
        m_retry.start(m_nextRetryMs);
        return;
    }
    qCInfo(lcStorage) << "reconnected to the book";
    m_reason.clear();
    Q_EMIT reconnected();
}

} // namespace Ledgerdesk
