#include "transactionguard.h"

#include "core/logging.h"
#include "database.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

QString savepointName(int level)
{
    return QStringLiteral("ld_sp%1").arg(level);
}

} // namespace

TransactionGuard::TransactionGuard(Database &db)
    : m_db(db)
    , m_level(db.m_transactionDepth)
{
    const QString sql = m_level > 0                                     ? QStringLiteral("SAVEPOINT ") + savepointName(m_level)
        : db.dialect() == Database::Dialect::Sqlite && !db.isReadOnly() ? QStringLiteral("BEGIN IMMEDIATE")
                                                                        : QStringLiteral("BEGIN");
    auto ok = db.execControl(sql, QT_TRANSLATE_NOOP("Ledgerdesk::Database", "Could not start a database transaction."));
    if (!ok) {
        m_error = ok.error();
        return;
    }
    m_active = true;
    ++m_db.m_transactionDepth;
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        rollback();
}

Result<void> TransactionGuard::commit()
{
    Q_ASSERT(m_active);
    Q_ASSERT(m_db.m_transactionDepth == m_level + 1);
    const QString sql = m_level > 0 ? QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level) : QStringLiteral("COMMIT");
    auto ok = m_db.execControl(sql, QT_TRANSLATE_NOOP("Ledgerdesk::Database", "Could not save the changes."));
    if (!ok)
        return ok; // still active: the destructor rolls back
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

void TransactionGuard::rollback()
{
    Q_ASSERT(m_active);
    const char *failed = QT_TRANSLATE_NOOP("Ledgerdesk::Database", "Could not undo the changes.");
    if (m_level > 0) {
        const QString name = savepointName(m_level);
        if (auto ok = m_db.execControl(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name, failed); !ok)
            qCWarning(lcStorage) << ok.error().detail;
        if (auto ok = m_db.execControl(QStringLiteral("RELEASE SAVEPOINT ") + name, failed); !ok)
            qCWarning(lcStorage) << ok.error().detail;
    } else if (auto ok = m_db.execControl(QStringLiteral("ROLLBACK"), failed); !ok) {
        qCWarning(lcStorage) << ok.error().detail;
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

} // namespace Ledgerdesk
