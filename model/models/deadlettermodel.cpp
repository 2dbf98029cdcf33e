#include "deadlettermodel.h"

#include <QDateTime>
#include <QLocale>

namespace Ledgerdesk {

DeadLetterModel::DeadLetterModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DeadLetter &letter = m_letters.at(index.row());
    if (role == MessageIdRole)
        return letter.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(letter.deadAtMs), QLocale::ShortFormat);
    case TypeColumn:
        return letter.type;
    case AgentColumn:
        return letter.agentId;
    case ReasonColumn:
        return letter.reason;
    case PayloadColumn:
        return letter.payload;
    }
    return {};
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Failed");
    case TypeColumn:
        return tr("Type");
    case AgentColumn:
        return tr("Sent by");
    case ReasonColumn:
        return tr("Reason");
    case PayloadColumn:
        return tr("Payload");
    }
    return {};
}

QString DeadLetterModel::reload()
{
    auto letters = Queue(m_db).deadLetters();
    beginResetModel();
    m_letters = letters ? *letters : QList<DeadLetter>();
    endResetModel();
    return letters ? QString() : letters.error().message;
}

} // namespace Ledgerdesk
