#include "productstest.h"

#include "agents/agent.h"
#include "queue/queue.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace Ledgerdesk::Test {

namespace {

const QStringList snapshotTables = {
    QStringLiteral("accounts"),
    QStringLiteral("journal_entries"),
    QStringLiteral("postings"),
    QStringLiteral("activity_records"),
    QStringLiteral("outbox"),
    QStringLiteral("processed_messages"),
    QStringLiteral("loans"),
    QStringLiteral("loan_repayments"),
    QStringLiteral("payments"),
    QStringLiteral("savings_goals"),
    QStringLiteral("goal_contributions"),
};

} // namespace

QString changesBetween(const Snapshot &before, const Snapshot &after)
{
    QStringList lines;
    QStringList tables = before.keys() + after.keys();
    tables.removeDuplicates();
    for (const QString &table : std::as_const(tables)) {
        const QStringList was = before.value(table);
        const QStringList is = after.value(table);
        for (const QString &row : was) {
            if (!is.contains(row))
                lines << QStringLiteral("- %1: %2").arg(table, row);
        }
        for (const QString &row : is) {
            if (!was.contains(row))
                lines << QStringLiteral("+ %1: %2").arg(table, row);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString changesBesidesTheRefusal(const Snapshot &before, const Snapshot &after)
{
    QStringList lines = changesBetween(before, after).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto refusal = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(QLatin1String("+ activity_records: ")) && line.contains(QLatin1String("Refuse|Message"));
    });
    if (refusal == lines.end())
        lines << QStringLiteral("no activity record of the refusal");
    else
        lines.erase(refusal);
    return lines.join(QLatin1Char('\n'));
}

Desk::Desk(Books &books)
    : m_books(books)
    , m_processor(books.db(), books.executor())
{ }

Result<void> Desk::addColleagues()
{
    if (auto ok = m_books.addAgent(otherSupervisor, Role::Supervisor); !ok)
        return ok;
    return m_books.addAgent(otherAgent, Role::Agent);
}

Result<Desk::Customer> Desk::customer(const QString &firstName, const QString &amount)
{
    Customer customer;
    auto client = m_books.createClient(firstName, QStringLiteral("Lovelace"));
    if (!client)
        return client.error();
    customer.clientId = *client;
    auto wallet = m_books.openWallet(customer.clientId);
    if (!wallet)
        return wallet.error();
    customer.walletId = *wallet;
    if (!amount.isEmpty()) {
        if (auto deposited = m_books.deposit(customer.walletId, amount); !deposited)
            return deposited.error();
    }
    return customer;
}

Result<Message> Desk::send(const QString &type, const QJsonObject &payload, const QString &agentId)
{
    const Message message = Books::message(type, payload, agentId);
    auto stored = Queue(m_books.db()).enqueue(message);
    if (!stored)
        return stored.error();
    return message;
}

void Desk::rememberQueued()
{
    QSqlQuery query(m_books.db().connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, type, payload, agent_id FROM queue_messages ORDER BY id")))
        return;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (m_seenIds.contains(id))
            continue;
        m_seenIds.insert(id);
        m_seen.append({id, query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }
}

Result<Processor::Report> Desk::drainOnce()
{
    rememberQueued();
    return m_processor.drainBatch();
}

Result<Processor::Report> Desk::drain()
{
    Processor::Report total;
    for (;;) {
        auto report = drainOnce();
        if (!report)
            return report;
        total += *report;
        if (report->claimed == 0)
            return total;
    }
}

Result<Message> Desk::sendAndDrain(const QString &type, const QJsonObject &payload, const QString &agentId)
{
    auto message = send(type, payload, agentId);
    if (!message)
        return message;
    if (auto drained = drain(); !drained)
        return drained.error();
    return message;
}

Result<int> Desk::redeliverAll()
{
    int count = 0;
    for (const Stored &message : std::as_const(m_seen)) {
        const bool applied
            = m_books.scalar(QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE message_id = ?"), {message.id})
                  .toLongLong()
            == 1;
        if (!applied)
            continue;
        if (auto ok = m_books.execute(QStringLiteral("INSERT INTO queue_messages (id, type, payload, agent_id, enqueued_at_ms, "
                                                     "visible_at_ms) VALUES (?, ?, ?, ?, ?, ?)"),
                {message.id, message.type, message.payload, message.agentId, qint64(0), qint64(0)});
            !ok)
            return ok.error();
        ++count;
    }
    return count;
}

QStringList Desk::seenTypes() const
{
    QStringList types;
    for (const Stored &message : m_seen)
        types << message.type;
    types.removeDuplicates();
    types.sort();
    return types;
}

QString Desk::deadLetterReason(const QString &messageId)
{
    return m_books.scalar(QStringLiteral("SELECT reason FROM dead_letters WHERE id = ?"), {messageId}).toString();
}

qint64 Desk::queued(const QString &type)
{
    return m_books.scalar(QStringLiteral("SELECT COUNT(*) FROM queue_messages WHERE type = ?"), {type}).toLongLong();
}

QStringList Desk::outboxTemplates(const QString &clientId, const QString &prefix)
{
    QSqlQuery query(m_books.db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT template FROM outbox WHERE client_id = ? ORDER BY id"));
    query.addBindValue(clientId);
    QStringList templates;
    if (!query.exec())
        return {QStringLiteral("(the outbox cannot be read)")};
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (name.startsWith(prefix))
            templates << name;
    }
    return templates;
}

QString Desk::outboxBody(const QString &clientId, const QString &templateName)
{
    const QVariantList key {clientId, templateName};
    if (m_books.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE client_id = ? AND template = ?"), key).toLongLong() != 1)
        return {};
    return m_books.scalar(QStringLiteral("SELECT body_text FROM outbox WHERE client_id = ? AND template = ?"), key).toString();
}

Snapshot Desk::snapshot()
{
    Snapshot snapshot;
    for (const QString &table : snapshotTables) {
        QSqlQuery query(m_books.db().connection());
        query.setForwardOnly(true);
        QStringList rows;
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table))) {
            rows << QStringLiteral("(cannot be read)");
        } else {
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i).toString();
                rows << values.join(QLatin1Char('|'));
            }
        }
        snapshot.insert(table, rows);
    }
    return snapshot;
}

} // namespace Ledgerdesk::Test
