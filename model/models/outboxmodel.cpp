#include "outboxmodel.h"

#include <QDateTime>
#include <QLocale>

namespace Ledgerdesk {

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

bool sameRows(const QList<OutboxMessage> &a, const QList<OutboxMessage> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

} // namespace

OutboxModel::OutboxModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OutboxMessage &message = m_messages.at(index.row());
    switch (role) {
    case MessageIdRole:
        return message.id;
    case ChannelRole:
        return QVariant::fromValue(message.channel);
    case StatusRole:
        return QVariant::fromValue(message.status);
    case AttemptsRole:
        return message.attempts;
    case CreatedAtMsRole:
        return message.createdAtMs;
    case SentAtMsRole:
        return message.sentAtMs;
    case NextAttemptAtMsRole:
        return message.nextAttemptAtMs;
    case ClientIdRole:
        return message.clientId;
    case LastErrorRole:
        return message.lastError;
    case ResendableRole:
        return message.status == OutboxStatus::Failed || message.status == OutboxStatus::Dead;
    case Qt::TextAlignmentRole:
        return index.column() == AttemptsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TemplateColumn:
            return message.subject.isEmpty() ? message.bodyText : message.subject;
        case StatusColumn:
            switch (message.status) {
            case OutboxStatus::Pending:
                return message.lastError.isEmpty() ? QVariant() : QVariant(tr("Waiting: %1").arg(message.lastError));
            case OutboxStatus::Failed:
                return tr("Not sent in %n attempt(s), and tried again for as long as it takes; next attempt %1.", nullptr,
                    message.attempts)
                    .arg(timeText(message.nextAttemptAtMs));
            case OutboxStatus::Dead:
                return tr("Ended: it is not tried again unless it is resent; the last error says why.");
            case OutboxStatus::Sent:
                return {};
            }
            return {};
        case LastErrorColumn:
            return message.lastError.isEmpty() ? QVariant() : QVariant(message.lastError);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return timeText(message.createdAtMs);
        case ChannelColumn:
            switch (message.channel) {
            case OutboxChannel::Email:
                return tr("E-mail");
            case OutboxChannel::Sms:
                return tr("SMS");
            case OutboxChannel::WhatsApp:
                return tr("WhatsApp");
            }
            return {};
        case RecipientColumn:
            return message.recipient;
        case TemplateColumn:
            return message.templateName;
        case StatusColumn:
            switch (message.status) {
            case OutboxStatus::Pending:
                return tr("Pending");
            case OutboxStatus::Sent:
                return tr("Sent");
            case OutboxStatus::Failed:
                return tr("Retrying");
            case OutboxStatus::Dead:
                return tr("Dead");
            }
            return {};
        case AttemptsColumn:
            return message.attempts;
        case SentColumn:
            return timeText(message.sentAtMs);
        case LastErrorColumn:
            return message.lastError;
        }
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case ChannelColumn:
        return tr("Channel");
    case RecipientColumn:
        return tr("Recipient");
    case TemplateColumn:
        return tr("Template");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case SentColumn:
        return tr("Sent");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

void OutboxModel::setStatusFilter(std::optional<OutboxStatus> status)
{
    m_status = status;
    m_page = 0;
    reload();
}

void OutboxModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    m_page = 0;
    reload();
}

void OutboxModel::setPage(int page)
{
    m_page = qBound(0, page, pageCount() - 1);
    reload();
}

qint64 OutboxModel::totalCount() const
{
    if (!m_status)
        return m_counts.total();
    switch (*m_status) {
    case OutboxStatus::Pending:
        return m_counts.pending;
    case OutboxStatus::Sent:
        return m_counts.sent;
    case OutboxStatus::Failed:
        return m_counts.failed;
    case OutboxStatus::Dead:
        return m_counts.dead;
    }
    return 0;
}

int OutboxModel::pageCount() const
{
    return qMax(1, int((totalCount() + m_pageSize - 1) / m_pageSize));
}

int OutboxModel::rowOf(const QString &messageId) const
{
    for (qsizetype row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == messageId)
            return int(row);
    }
    return -1;
}

QString OutboxModel::reload()
{
    OutboxRepository outbox(m_db);
    auto counts = outbox.counts();
    m_counts = counts ? *counts : OutboxCounts();
    m_page = qBound(0, m_page, pageCount() - 1); // rows may have left the filter since
    auto page = counts ? outbox.list(m_status, m_page * m_pageSize, m_pageSize) : Result<QList<OutboxMessage>>(counts.error());
    QList<OutboxMessage> messages = page ? *page : QList<OutboxMessage>();
    if (sameRows(m_messages, messages)) {
        m_messages = std::move(messages);
        if (!m_messages.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_messages = std::move(messages);
        endResetModel();
    }
    Q_EMIT pageChanged(m_page, pageCount(), totalCount());
    return page ? QString() : page.error().message;
}

} // namespace Ledgerdesk
