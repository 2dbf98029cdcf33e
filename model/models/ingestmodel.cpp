#include "ingestmodel.h"

#include "intake/categorybands.h"
#include "intake/intakerepository.h"

#include <QDateTime>
#include <QLocale>

namespace Ledgerdesk {

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

bool sameRows(const QList<IngestedTransaction> &a, const QList<IngestedTransaction> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).transactionId != b.at(i).transactionId)
            return false;
    }
    return true;
}

} // namespace

IngestModel::IngestModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int IngestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transactions.size());
}

int IngestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IngestModel::categoryText(const QString &category)
{
    if (category == CategoryBands::highValue)
        return tr("High value");
    if (category == CategoryBands::mediumValue)
        return tr("Medium value");
    if (category == CategoryBands::standard)
        return tr("Standard");
    return category;
}

QString IngestModel::statusText(const QString &status)
{
    if (status == IngestedTransaction::processing)
        return tr("Processing");
    if (status == IngestedTransaction::processed)
        return tr("Processed");
    return status;
}

QVariant IngestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IngestedTransaction &transaction = m_transactions.at(index.row());
    switch (role) {
    case TransactionIdRole:
        return transaction.transactionId;
    case ReceivedAtMsRole:
        return transaction.receivedAtMs;
    case SourceAccountRole:
        return transaction.sourceAccount;
    case DestinationAccountRole:
        return transaction.destinationAccount;
    case AmountMinorRole:
        return transaction.amountMinor;
    case CurrencyRole:
        return transaction.currency;
    case CategoryRole:
        return transaction.category;
    case StatusRole:
        return transaction.status;
    case ProcessedAtMsRole:
        return transaction.processedAtMs;
    case EventTimeMsRole:
        return transaction.eventTimeMs;
    case MessageIdRole:
        return transaction.messageId;
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ReceivedColumn && transaction.eventTimeMs != transaction.receivedAtMs)
            return tr("The sender dated it %1").arg(timeText(transaction.eventTimeMs));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TransactionIdColumn:
            return transaction.transactionId;
        case ReceivedColumn:
            return timeText(transaction.receivedAtMs);
        case AccountsColumn:
            return tr("%1 → %2").arg(transaction.sourceAccount, transaction.destinationAccount);
        case MerchantColumn:
            return transaction.merchant;
        case AmountColumn:
            return transaction.amount().format();
        case CategoryColumn:
            return categoryText(transaction.category);
        case StatusColumn:
            return statusText(transaction.status);
        case ProcessedColumn:
            return timeText(transaction.processedAtMs);
        }
    }
    return {};
}

QVariant IngestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TransactionIdColumn:
        return tr("Transaction");
    case ReceivedColumn:
        return tr("Received");
    case AccountsColumn:
        return tr("Source → destination");
    case MerchantColumn:
        return tr("Merchant");
    case AmountColumn:
        return tr("Amount");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case ProcessedColumn:
        return tr("Processed at");
    }
    return {};
}

void IngestModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    m_page = 0;
    reload();
}

void IngestModel::setPage(int page)
{
    m_page = qBound(0, page, pageCount() - 1);
    reload();
}

int IngestModel::pageCount() const
{
    return qMax(1, int((m_total + m_pageSize - 1) / m_pageSize));
}

int IngestModel::rowOf(const QString &transactionId) const
{
    for (qsizetype row = 0; row < m_transactions.size(); ++row) {
        if (m_transactions.at(row).transactionId == transactionId)
            return int(row);
    }
    return -1;
}

QString IngestModel::reload()
{
    IntakeRepository intake(m_db);
    auto total = intake.count();
    auto byCategory = intake.countsByCategory();
    auto byStatus = intake.countsByStatus();
    m_total = total ? *total : 0;
    m_byCategory = byCategory ? *byCategory : QMap<QString, qint64>();
    m_byStatus = byStatus ? *byStatus : QMap<QString, qint64>();
    m_page = qBound(0, m_page, pageCount() - 1);
    auto page = total ? intake.listRecent(m_page * m_pageSize, m_pageSize) : Result<QList<IngestedTransaction>>(total.error());
    QList<IngestedTransaction> transactions = page ? *page : QList<IngestedTransaction>();
    if (sameRows(m_transactions, transactions)) {
        m_transactions = std::move(transactions);
        if (!m_transactions.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_transactions = std::move(transactions);
        endResetModel();
    }
    Q_EMIT pageChanged(m_page, pageCount(), m_total);
    if (!page)
        return page.error().message;
    if (!byCategory)
        return byCategory.error().message;
    return byStatus ? QString() : byStatus.error().message;
}

} // namespace Ledgerdesk
