#include "registermodel.h"

#include "core/logging.h"
#include "core/money.h"
#include "ledger/accountrepository.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Ledgerdesk {

RegisterModel::RegisterModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RegisterModel::Row *RegisterModel::rowAt(int row) const
{
    const qint64 seq = m_count - row; // newest first
    const qint64 pageIndex = (seq - 1) / pageSize;
    if (Page *page = m_pages.object(pageIndex))
        return &page->at(seq - 1 - pageIndex * pageSize);

    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT p.seq, e.created_at_ms, e.kind, e.memo, p.amount_minor, p.balance_after_minor, e.agent_id, e.id "
                       "FROM postings p JOIN journal_entries e ON e.id = p.entry_id "
                       "WHERE p.account_id = ? AND p.seq BETWEEN ? AND ? ORDER BY p.seq"));
    query.addBindValue(m_accountId);
    query.addBindValue(pageIndex * pageSize + 1);
    query.addBindValue((pageIndex + 1) * pageSize);
    if (!query.exec()) {
        qCWarning(lcStorage) << "register page failed:" << query.lastError().text();
        return nullptr;
    }
    auto page = std::make_unique<Page>();
    page->reserve(pageSize);
    while (query.next()) {
        page->append(
            {query.value(0).toLongLong(), query.value(7).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toLongLong(), query.value(6).toString()});
    }
    query.finish();
    const qint64 offset = seq - 1 - pageIndex * pageSize;
    if (offset >= page->size())
        return nullptr;
    Page *stored = page.release();
    m_pages.insert(pageIndex, stored);
    return &stored->at(offset);
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case AmountMinorRole:
        return row->amountMinor;
    case BalanceMinorRole:
        return row->balanceMinor;
    case TimeMsRole:
        return row->timeMs;
    case EntryKindRole:
        return row->kind;
    case SeqRole:
        return row->seq;
    case EntryIdRole:
        return row->entryId;
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn || index.column() == BalanceColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row->timeMs), QLocale::ShortFormat);
        case KindColumn:
            return row->kind;
        case MemoColumn:
            return row->memo;
        case AmountColumn:
            return Money(row->amountMinor, m_currency).format();
        case BalanceColumn:
            return Money(row->balanceMinor, m_currency).format();
        case AgentColumn:
            return row->agentId;
        }
    }
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case MemoColumn:
        return tr("Memo");
    case AmountColumn:
        return tr("Amount");
    case BalanceColumn:
        return tr("Balance");
    case AgentColumn:
        return tr("Agent");
    }
    return {};
}

void RegisterModel::setAccount(const QString &accountId)
{
    m_accountId = accountId;
    reload();
}

QString RegisterModel::reload()
{
    QString error;
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    if (!m_accountId.isEmpty()) {
        auto account = AccountRepository(m_db).find(m_accountId);
        if (account) {
            m_count = account->postingCount;
            m_currency = account->currency;
        } else {
            error = account.error().message;
        }
    }
    endResetModel();
    return error;
}

} // namespace Ledgerdesk
