#include "core/ids.h"
#include "engine/engine.h"
#include "intake/apitoken.h"
#include "notify/outboxrepository.h"
#include "productstest.h"
#include "queue/queue.h"
#include "support/backendtest.h"

#include <QJsonDocument>
#include <QMap>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <functional>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// Makes one valid message of a type on a fresh book: arranges what the message needs (clients, wallets,
// a loan, a dead letter...) and returns the message without queueing it. An event is made the way the
// program makes it, by applying the command that publishes it; it is taken out of the queue as it was
// published (its id, payload and agent). The queue is empty when a builder returns.
using Builder = std::function<Result<Message>(Desk &desk)>;

Message command(const QString &type, const QJsonObject &payload, const QString &agentId = Books::agent)
{
    return Books::message(type, payload, agentId);
}

// The one queued message of `type`, removed from the queue.
Result<Message> takeQueued(Books &books, const QString &type)
{
    if (const qint64 queued
        = books.scalar(QStringLiteral("SELECT COUNT(*) FROM queue_messages WHERE type = ?"), {type}).toLongLong();
        queued != 1)
        return makeError(Error::Kind::NotFound,
            QStringLiteral("%1 %2 message(s) are queued; the arrangement expects one.").arg(queued).arg(type));
    QSqlQuery query(books.db().connection());
    query.prepare(QStringLiteral("SELECT id, payload, agent_id, enqueued_at_ms FROM queue_messages WHERE type = ?"));
    query.addBindValue(type);
    if (!query.exec() || !query.next())
        return storageError(query, QStringLiteral("The test could not read the queued event."));
    Message message;
    message.id = query.value(0).toString();
    message.type = type;
    message.payload = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    message.agentId = query.value(2).toString();
    message.createdAtMs = query.value(3).toLongLong();
    query.finish();
    if (auto ok = books.execute(QStringLiteral("DELETE FROM queue_messages WHERE id = ?"), {message.id}); !ok)
        return ok.error();
    return message;
}

// Sends a command and applies it in one round of the processor, leaving the events it published queued.
Result<void> sendAndApplyOnce(Desk &desk, const QString &type, const QJsonObject &payload, const QString &agentId = Books::agent)
{
    auto sent = desk.send(type, payload, agentId);
    if (!sent)
        return sent.error();
    auto report = desk.drainOnce();
    if (!report)
        return report.error();
    if (report->applied != 1)
        return makeError(
            Error::Kind::Conflict, QStringLiteral("%1 was not applied: %2").arg(type, desk.deadLetterReason(sent->id)));
    return {};
}

// Sends a command and drains everything that follows from it; refused when the command was not applied.
Result<void> sendAndDrain(Desk &desk, const QString &type, const QJsonObject &payload, const QString &agentId = Books::agent)
{
    auto sent = desk.sendAndDrain(type, payload, agentId);
    if (!sent)
        return sent.error();
    if (const QString reason = desk.deadLetterReason(sent->id); !reason.isEmpty())
        return makeError(Error::Kind::Conflict, QStringLiteral("%1 was dead-lettered: %2").arg(type, reason));
    return {};
}

const QString loanId = QStringLiteral("L-1");
const QString goalId = QStringLiteral("G-1");
const QString paymentId = QStringLiteral("P-1");

QJsonObject loan()
{
    return {{QStringLiteral("loan_id"), loanId}};
}

// Ada with a USD wallet holding `amount`.
Result<Desk::Customer> ada(Desk &desk, const QString &amount = {})
{
    return desk.customer(QStringLiteral("Ada"), amount);
}

// Ada's loan L-1 of 1,200.00 over 12 months, applied for by the agent.
Result<Desk::Customer> appliedLoan(Desk &desk)
{
    auto customer = ada(desk);
    if (!customer)
        return customer;
    if (auto ok = sendAndDrain(desk, QStringLiteral("LOAN_APPLY"),
            {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("wallet_id"), customer->walletId},
                {QStringLiteral("amount"), QStringLiteral("1200.00")}, {QStringLiteral("term_months"), 12}});
        !ok)
        return ok.error();
    return customer;
}

// The same loan approved by the supervisor and paid out, with everything that follows applied.
Result<Desk::Customer> approvedLoan(Desk &desk)
{
    auto customer = appliedLoan(desk);
    if (!customer)
        return customer;
    if (auto ok = sendAndDrain(desk, QStringLiteral("LOAN_APPROVE"), loan(), Books::supervisor); !ok)
        return ok.error();
    return customer;
}

// A repayment of one monthly instalment of L-1, requested and applied once: LOAN_REPAYMENT_REQUESTED waits.
Result<Desk::Customer> requestedRepayment(Desk &desk)
{
    auto customer = approvedLoan(desk);
    if (!customer)
        return customer;
    if (auto ok = sendAndApplyOnce(desk, QStringLiteral("LOAN_REPAY"),
            {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("amount"), QStringLiteral("104.39")}});
        !ok)
        return ok.error();
    return customer;
}

// Payment P-1 of 25.00 from Ada's wallet holding `balance`, requested and applied once: PAYMENT_REQUESTED waits.
Result<void> requestedPayment(Desk &desk, const QString &balance)
{
    auto customer = ada(desk, balance);
    if (!customer)
        return customer.error();
    return sendAndApplyOnce(desk, QStringLiteral("PAYMENT_REQUEST"),
        {{QStringLiteral("payment_id"), paymentId}, {QStringLiteral("wallet_id"), customer->walletId},
            {QStringLiteral("merchant_id"), QStringLiteral("acc_merchant_1")},
            {QStringLiteral("amount"), QStringLiteral("25.00")}});
}

// Ada's goal G-1 with a target of 500.00, holding `saved` (none when empty).
Result<Desk::Customer> goal(Desk &desk, const QString &saved)
{
    auto customer = ada(desk, QStringLiteral("600.00"));
    if (!customer)
        return customer;
    if (auto ok = sendAndDrain(desk, QStringLiteral("GOAL_CREATE"),
            {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("wallet_id"), customer->walletId},
                {QStringLiteral("name"), QStringLiteral("Holiday")}, {QStringLiteral("target"), QStringLiteral("500.00")}});
        !ok)
        return ok.error();
    if (!saved.isEmpty()) {
        if (auto ok = sendAndDrain(
                desk, QStringLiteral("GOAL_ADD"), {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("amount"), saved}});
            !ok)
            return ok.error();
    }
    return customer;
}

// A DEPOSIT into the wallet W-LATE before it existed, dead-lettered; the wallet has been opened since,
// so a redrive applies it. Returns the dead letter's message id.
Result<QString> deadLetter(Desk &desk)
{
    auto customer = ada(desk);
    if (!customer)
        return customer.error();
    auto sent = desk.sendAndDrain(QStringLiteral("DEPOSIT"),
        {{QStringLiteral("wallet_id"), QStringLiteral("W-LATE")}, {QStringLiteral("amount"), QStringLiteral("12.00")}});
    if (!sent)
        return sent.error();
    if (desk.deadLetterReason(sent->id).isEmpty())
        return makeError(Error::Kind::Conflict, QStringLiteral("the deposit into a missing wallet was not dead-lettered"));
    auto opened = desk.books().apply(QStringLiteral("WALLET_OPEN"),
        {{QStringLiteral("wallet_id"), QStringLiteral("W-LATE")}, {QStringLiteral("client_id"), customer->clientId},
            {QStringLiteral("currency"), QStringLiteral("USD")}});
    if (!opened)
        return opened.error();
    return sent->id;
}

// The id of the activity record of Ada's creation.
Result<QString> recordOfAda(Desk &desk)
{
    auto customer = ada(desk);
    if (!customer)
        return customer.error();
    const QString id
        = desk.books()
              .scalar(QStringLiteral("SELECT id FROM activity_records WHERE client_id = ? AND action = 'Create|Client'"),
                  {customer->clientId})
              .toString();
    if (id.isEmpty())
        return makeError(Error::Kind::NotFound, QStringLiteral("no activity record of Ada's creation"));
    return id;
}

QMap<QString, Builder> builders()
{
    QMap<QString, Builder> all;
    all.insert(QStringLiteral("CLIENT_CREATE"), [](Desk &) -> Result<Message> {
        return command(QStringLiteral("CLIENT_CREATE"),
            {{QStringLiteral("first_name"), QStringLiteral("Grace")}, {QStringLiteral("last_name"), QStringLiteral("Hopper")},
                {QStringLiteral("email"), QStringLiteral("grace.hopper@example.com")},
                {QStringLiteral("phone"), QStringLiteral("+14155550188")}});
    });
    all.insert(QStringLiteral("CLIENT_UPDATE"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk);
        if (!customer)
            return customer.error();
        return command(QStringLiteral("CLIENT_UPDATE"),
            {{QStringLiteral("client_id"), customer->clientId},
                {QStringLiteral("changes"), QJsonObject {{QStringLiteral("last_name"), QStringLiteral("Byron")}}}});
    });
    all.insert(QStringLiteral("CLIENT_DELETE"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk);
        if (!customer)
            return customer.error();
        return command(QStringLiteral("CLIENT_DELETE"), {{QStringLiteral("client_id"), customer->clientId}});
    });
    all.insert(QStringLiteral("CLIENT_READ"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk);
        if (!customer)
            return customer.error();
        return command(QStringLiteral("CLIENT_READ"), {{QStringLiteral("client_id"), customer->clientId}});
    });
    all.insert(QStringLiteral("WALLET_OPEN"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk);
        if (!customer)
            return customer.error();
        return command(QStringLiteral("WALLET_OPEN"),
            {{QStringLiteral("client_id"), customer->clientId}, {QStringLiteral("currency"), QStringLiteral("EUR")}});
    });
    all.insert(QStringLiteral("DEPOSIT"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk);
        if (!customer)
            return customer.error();
        return command(QStringLiteral("DEPOSIT"),
            {{QStringLiteral("wallet_id"), customer->walletId}, {QStringLiteral("amount"), QStringLiteral("25.00")},
                {QStringLiteral("memo"), QStringLiteral("cash at the desk")}});
    });
    all.insert(QStringLiteral("WITHDRAW"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk, QStringLiteral("100.00"));
        if (!customer)
            return customer.error();
        return command(QStringLiteral("WITHDRAW"),
            {{QStringLiteral("wallet_id"), customer->walletId}, {QStringLiteral("amount"), QStringLiteral("40.00")}});
    });
    all.insert(QStringLiteral("TRANSFER"), [](Desk &desk) -> Result<Message> {
        auto from = ada(desk, QStringLiteral("100.00"));
        if (!from)
            return from.error();
        auto to = desk.customer(QStringLiteral("Bob"));
        if (!to)
            return to.error();
        return command(QStringLiteral("TRANSFER"),
            {{QStringLiteral("from_wallet_id"), from->walletId}, {QStringLiteral("to_wallet_id"), to->walletId},
                {QStringLiteral("amount"), QStringLiteral("30.00")}});
    });
    all.insert(QStringLiteral("ENTRY_REVERSE"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk, QStringLiteral("100.00"));
        if (!customer)
            return customer.error();
        auto deposit = desk.books().deposit(customer->walletId, QStringLiteral("15.00"));
        if (!deposit)
            return deposit.error();
        return command(QStringLiteral("ENTRY_REVERSE"),
            {{QStringLiteral("entry_id"), deposit->value(QStringLiteral("entry_id")).toString()},
                {QStringLiteral("reason"), QStringLiteral("Entered twice")}},
            Books::supervisor);
    });
    all.insert(QStringLiteral("LOAN_APPLY"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk);
        if (!customer)
            return customer.error();
        return command(QStringLiteral("LOAN_APPLY"),
            {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("wallet_id"), customer->walletId},
                {QStringLiteral("amount"), QStringLiteral("1200.00")}, {QStringLiteral("term_months"), 12}});
    });
    all.insert(QStringLiteral("LOAN_APPROVE"), [](Desk &desk) -> Result<Message> {
        if (auto customer = appliedLoan(desk); !customer)
            return customer.error();
        return command(QStringLiteral("LOAN_APPROVE"), loan(), Books::supervisor);
    });
    all.insert(QStringLiteral("LOAN_REJECT"), [](Desk &desk) -> Result<Message> {
        if (auto customer = appliedLoan(desk); !customer)
            return customer.error();
        return command(QStringLiteral("LOAN_REJECT"),
            {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("reason"), QStringLiteral("One loan at a time.")}},
            Books::supervisor);
    });
    all.insert(QStringLiteral("LOAN_APPROVED"), [](Desk &desk) -> Result<Message> {
        if (auto customer = appliedLoan(desk); !customer)
            return customer.error();
        if (auto ok = sendAndApplyOnce(desk, QStringLiteral("LOAN_APPROVE"), loan(), Books::supervisor); !ok)
            return ok.error();
        return takeQueued(desk.books(), QStringLiteral("LOAN_APPROVED"));
    });
    all.insert(QStringLiteral("LOAN_REPAY"), [](Desk &desk) -> Result<Message> {
        if (auto customer = approvedLoan(desk); !customer)
            return customer.error();
        return command(QStringLiteral("LOAN_REPAY"),
            {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("amount"), QStringLiteral("104.39")}});
    });
    all.insert(QStringLiteral("LOAN_REPAYMENT_REQUESTED"), [](Desk &desk) -> Result<Message> {
        if (auto customer = requestedRepayment(desk); !customer)
            return customer.error();
        return takeQueued(desk.books(), QStringLiteral("LOAN_REPAYMENT_REQUESTED"));
    });
    all.insert(QStringLiteral("LOAN_REPAYMENT_SUCCEEDED"), [](Desk &desk) -> Result<Message> {
        if (auto customer = requestedRepayment(desk); !customer)
            return customer.error();
        if (auto report = desk.drainOnce(); !report)
            return report.error();
        return takeQueued(desk.books(), QStringLiteral("LOAN_REPAYMENT_SUCCEEDED"));
    });
    all.insert(QStringLiteral("LOAN_REPAYMENT_FAILED"), [](Desk &desk) -> Result<Message> {
        auto customer = requestedRepayment(desk);
        if (!customer)
            return customer.error();
        // The wallet is emptied before the requested repayment reaches it.
        auto emptied = desk.books().apply(QStringLiteral("WITHDRAW"),
            {{QStringLiteral("wallet_id"), customer->walletId}, {QStringLiteral("amount"), QStringLiteral("1200.00")}});
        if (!emptied)
            return emptied.error();
        if (auto report = desk.drainOnce(); !report)
            return report.error();
        return takeQueued(desk.books(), QStringLiteral("LOAN_REPAYMENT_FAILED"));
    });
    all.insert(QStringLiteral("PAYMENT_REQUEST"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk, QStringLiteral("100.00"));
        if (!customer)
            return customer.error();
        return command(QStringLiteral("PAYMENT_REQUEST"),
            {{QStringLiteral("payment_id"), paymentId}, {QStringLiteral("wallet_id"), customer->walletId},
                {QStringLiteral("merchant_id"), QStringLiteral("acc_merchant_1")},
                {QStringLiteral("amount"), QStringLiteral("25.00")}});
    });
    all.insert(QStringLiteral("PAYMENT_REQUESTED"), [](Desk &desk) -> Result<Message> {
        if (auto ok = requestedPayment(desk, QStringLiteral("100.00")); !ok)
            return ok.error();
        return takeQueued(desk.books(), QStringLiteral("PAYMENT_REQUESTED"));
    });
    all.insert(QStringLiteral("PAYMENT_SUCCEEDED"), [](Desk &desk) -> Result<Message> {
        if (auto ok = requestedPayment(desk, QStringLiteral("100.00")); !ok)
            return ok.error();
        if (auto report = desk.drainOnce(); !report)
            return report.error();
        return takeQueued(desk.books(), QStringLiteral("PAYMENT_SUCCEEDED"));
    });
    all.insert(QStringLiteral("PAYMENT_FAILED"), [](Desk &desk) -> Result<Message> {
        if (auto ok = requestedPayment(desk, QStringLiteral("10.00")); !ok)
            return ok.error();
        if (auto report = desk.drainOnce(); !report)
            return report.error();
        return takeQueued(desk.books(), QStringLiteral("PAYMENT_FAILED"));
    });
    all.insert(QStringLiteral("GOAL_CREATE"), [](Desk &desk) -> Result<Message> {
        auto customer = ada(desk);
        if (!customer)
            return customer.error();
        return command(QStringLiteral("GOAL_CREATE"),
            {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("wallet_id"), customer->walletId},
                {QStringLiteral("name"), QStringLiteral("Holiday")}, {QStringLiteral("target"), QStringLiteral("500.00")}});
    });
    all.insert(QStringLiteral("GOAL_ADD"), [](Desk &desk) -> Result<Message> {
        if (auto customer = goal(desk, {}); !customer)
            return customer.error();
        // Reaches the target: the client is told once, however often the message comes.
        return command(QStringLiteral("GOAL_ADD"),
            {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("amount"), QStringLiteral("500.00")}});
    });
    all.insert(QStringLiteral("GOAL_REDEEM"), [](Desk &desk) -> Result<Message> {
        if (auto customer = goal(desk, QStringLiteral("500.00")); !customer)
            return customer.error();
        return command(QStringLiteral("GOAL_REDEEM"), {{QStringLiteral("goal_id"), goalId}});
    });
    all.insert(QStringLiteral("GOAL_DELETE"), [](Desk &desk) -> Result<Message> {
        if (auto customer = goal(desk, QStringLiteral("40.00")); !customer)
            return customer.error();
        return command(QStringLiteral("GOAL_DELETE"), {{QStringLiteral("goal_id"), goalId}});
    });
    all.insert(QStringLiteral("TRANSACTION_INGEST"), [](Desk &) -> Result<Message> {
        return command(QStringLiteral("TRANSACTION_INGEST"),
            {{QStringLiteral("transaction_id"), QStringLiteral("txn-1")},
                {QStringLiteral("source_account"), QStringLiteral("acc_user_1")},
                {QStringLiteral("destination_account"), QStringLiteral("acc_merchant_1")},
                {QStringLiteral("amount"), QStringLiteral("250.00")}, {QStringLiteral("currency"), QStringLiteral("USD")},
                {QStringLiteral("merchant"), QStringLiteral("Coffee Shop")},
                {QStringLiteral("timestamp"), QStringLiteral("2025-01-15T10:30:00Z")}},
            QStringLiteral("intake"));
    });
    all.insert(QStringLiteral("API_TOKEN_CREATE"), [](Desk &) -> Result<Message> {
        return command(QStringLiteral("API_TOKEN_CREATE"),
            {{QStringLiteral("name"), QStringLiteral("reporting")},
                {QStringLiteral("token_hash"), ApiToken::hashOf(ApiToken::generate())}},
            Books::supervisor);
    });
    all.insert(QStringLiteral("API_TOKEN_REVOKE"), [](Desk &desk) -> Result<Message> {
        auto created = desk.books().apply(QStringLiteral("API_TOKEN_CREATE"),
            {{QStringLiteral("name"), QStringLiteral("reporting")},
                {QStringLiteral("token_hash"), ApiToken::hashOf(ApiToken::generate())}},
            Books::supervisor);
        if (!created)
            return created.error();
        return command(
            QStringLiteral("API_TOKEN_REVOKE"), {{QStringLiteral("name"), QStringLiteral("reporting")}}, Books::supervisor);
    });
    all.insert(QStringLiteral("NOTIFICATION_RESEND"), [](Desk &desk) -> Result<Message> {
        if (auto customer = ada(desk); !customer)
            return customer.error();
        // The welcome e-mail, refused for good by the mail server.
        OutboxRepository outbox(desk.books().db());
        const qint64 now = Ids::nowMs();
        auto claimed = outbox.claimDue(now, now + 60000, 10, {OutboxChannel::Email});
        if (!claimed)
            return claimed.error();
        if (claimed->size() != 1)
            return makeError(Error::Kind::NotFound, QStringLiteral("%1 e-mails were due instead of one").arg(claimed->size()));
        auto refused = outbox.markRefused(claimed->first(), QStringLiteral("550 mailbox unavailable"), now);
        if (!refused)
            return refused.error();
        return command(QStringLiteral("NOTIFICATION_RESEND"), {{QStringLiteral("notification_id"), refused->id}});
    });
    all.insert(QStringLiteral("RECORD_UPDATE"), [](Desk &desk) -> Result<Message> {
        auto record = recordOfAda(desk);
        if (!record)
            return record.error();
        return command(QStringLiteral("RECORD_UPDATE"),
            {{QStringLiteral("record_id"), *record},
                {QStringLiteral("changes"),
                    QJsonObject {{QStringLiteral("after"), QStringLiteral("Ada Lovelace (corrected)")}}}});
    });
    all.insert(QStringLiteral("RECORD_DELETE"), [](Desk &desk) -> Result<Message> {
        auto record = recordOfAda(desk);
        if (!record)
            return record.error();
        return command(QStringLiteral("RECORD_DELETE"), {{QStringLiteral("record_id"), *record}}, Books::supervisor);
    });
    all.insert(QStringLiteral("SETTING_CHANGE"), [](Desk &) -> Result<Message> {
        return command(QStringLiteral("SETTING_CHANGE"),
            {{QStringLiteral("key"), QStringLiteral("bands.high_value")}, {QStringLiteral("value"), QStringLiteral("2000.00")}},
            Books::supervisor);
    });
    all.insert(QStringLiteral("DEAD_LETTER_REDRIVE"), [](Desk &desk) -> Result<Message> {
        auto letter = deadLetter(desk);
        if (!letter)
            return letter.error();
        return command(QStringLiteral("DEAD_LETTER_REDRIVE"), {{QStringLiteral("message_id"), *letter}}, Books::supervisor);
    });
    all.insert(QStringLiteral("DEAD_LETTER_DISCARD"), [](Desk &desk) -> Result<Message> {
        auto letter = deadLetter(desk);
        if (!letter)
            return letter.error();
        return command(QStringLiteral("DEAD_LETTER_DISCARD"), {{QStringLiteral("message_id"), *letter}}, Books::supervisor);
    });
    return all;
}

// Every row of every table but the queue, as text, sorted, by table: equal before and after a
// redelivery when it changed nothing (a row added twice shows as well as a row changed).
using Rows = QMap<QString, QStringList>;

Rows everyRow(Books &books)
{
    Rows rows;
    const QStringList tables = books.db().connection().tables(QSql::Tables);
    for (const QString &table : tables) {
        if (table == QLatin1String("queue_messages"))
            continue;
        QSqlQuery query(books.db().connection());
        query.setForwardOnly(true);
        QStringList lines;
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
            lines << QStringLiteral("(cannot be read)");
        } else {
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                lines << values.join(QLatin1Char('|'));
            }
        }
        lines.sort();
        rows.insert(table, lines);
    }
    return rows;
}

// "table: N rows, was M" and the rows added or gone, one per line; empty when equal.
QString differences(const Rows &before, const Rows &after)
{
    QStringList lines;
    QStringList tables = before.keys() + after.keys();
    tables.removeDuplicates();
    for (const QString &table : std::as_const(tables)) {
        const QStringList was = before.value(table);
        const QStringList is = after.value(table);
        if (was == is)
            continue;
        lines << QStringLiteral("%1: %2 row(s), was %3").arg(table).arg(is.size()).arg(was.size());
        for (const QString &row : was) {
            if (was.count(row) > is.count(row))
                lines << QStringLiteral("- ") + row;
        }
        for (const QString &row : is) {
            if (is.count(row) > was.count(row))
                lines << QStringLiteral("+ ") + row;
        }
    }
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

// The results the processor reported for one message id, in order.
QList<QJsonObject> resultsFor(const QSignalSpy &applied, const QString &messageId)
{
    QList<QJsonObject> results;
    for (const QList<QVariant> &signal : applied) {
        if (signal.at(0).toString() == messageId)
            results << signal.at(2).toJsonObject();
    }
    return results;
}

QStringList failuresOf(const QSignalSpy &failed)
{
    QStringList reasons;
    for (const QList<QVariant> &signal : failed)
        reasons << QStringLiteral("%1 %2: %3").arg(signal.at(1).toString(), signal.at(0).toString(), signal.at(2).toString());
    return reasons;
}

} // namespace

// Every message type an agent or the program can send, delivered more than once through the real Queue
// and Processor: a second copy while the first waits, and a third once the first was applied. The
// message must take effect once: after the redelivery every table but the queue holds exactly the rows
// it held after the first delivery (journal, postings and balances, activity records, outbox, loans,
// payments, goals, tokens, settings, dead letters...), the redelivery is reported as a duplicate, nothing
// is dead-lettered and the books verify. A message type without a builder here fails the test.
class TestDeliveredTwice : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void everyBuilder_namesAMessageType();
    void messageDeliveredAgain_takesEffectOnce_data();
    void messageDeliveredAgain_takesEffectOnce();
};

void TestDeliveredTwice::everyBuilder_namesAMessageType()
{
    QStringList known;
    for (const MessageType &type : Engine::messageTypes())
        known << type.name;
    for (const QString &name : builders().keys())
        QVERIFY2(known.contains(name), qPrintable(name + QStringLiteral(" has a builder but is no message type")));
}

void TestDeliveredTwice::messageDeliveredAgain_takesEffectOnce_data()
{
    QTest::addColumn<QString>("type");
    for (const MessageType &type : Engine::messageTypes())
        QTest::newRow(qPrintable(type.name)) << type.name;
}

void TestDeliveredTwice::messageDeliveredAgain_takesEffectOnce()
{
    QFETCH(QString, type);
    const QMap<QString, Builder> all = builders();
    const auto builder = all.constFind(type);
    if (builder == all.cend())
        QFAIL(qPrintable(QStringLiteral("%1 has no payload builder: add one to builders() in tst_deliveredtwice.cpp, so that a "
                                        "redelivery of it is tested")
                             .arg(type)));
    LD_OPEN_BOOKS(books, testBooks());
    Desk desk(*books);
    LD_VERIFY_OK(desk.addColleagues());
    auto built = (*builder)(desk);
    LD_VERIFY_OK(built);
    const Message message = *built;
    QCOMPARE(message.type, type);
    QCOMPARE(books->count(QStringLiteral("queue_messages")), 0);
    const qint64 deadBefore = books->count(QStringLiteral("dead_letters"));

    QSignalSpy applied(&desk.processor(), &Processor::applied);
    QSignalSpy failed(&desk.processor(), &Processor::failed);
    Queue queue(books->db());
    auto first = queue.enqueue(message);
    LD_VERIFY_OK(first);
    QVERIFY(*first);
    // The same message again while the first copy waits: the queue holds it once, whatever it answers.
    auto second = queue.enqueue(message);
    QVERIFY2(!second.isOk() || !*second, "a second copy of a waiting message was stored");
    QCOMPARE(books->scalar(QStringLiteral("SELECT COUNT(*) FROM queue_messages WHERE id = ?"), {message.id}).toLongLong(), 1);
    LD_VERIFY_OK(desk.drain());
    QVERIFY2(failed.isEmpty(), qPrintable(failuresOf(failed).join(QLatin1Char('\n'))));
    const QList<QJsonObject> once = resultsFor(applied, message.id);
    QCOMPARE(once.size(), 1);
    QVERIFY(!once.first().value(QStringLiteral("duplicate")).toBool());
    QCOMPARE(books->count(QStringLiteral("queue_messages")), 0);
    const Rows afterOne = everyRow(*books);
    for (const char *table : {"accounts", "journal_entries", "postings", "activity_records", "processed_messages", "outbox",
             "dead_letters", "loans", "loan_repayments", "payments", "savings_goals", "goal_contributions", "api_tokens",
             "settings", "ingested_transactions", "clients", "agents"})
        QVERIFY2(afterOne.contains(QLatin1String(table)), table);
    QVERIFY(!afterOne.value(QStringLiteral("processed_messages")).isEmpty());

    // Once more after it was applied: the queue takes it (it keeps no ids), the processor knows it.
    applied.clear();
    auto third = queue.enqueue(message);
    LD_VERIFY_OK(third);
    QVERIFY(*third);
    auto redrained = desk.drain();
    LD_VERIFY_OK(redrained);
    QVERIFY2(failed.isEmpty(), qPrintable(failuresOf(failed).join(QLatin1Char('\n'))));
    QCOMPARE(redrained->applied, 1);
    const QList<QJsonObject> again = resultsFor(applied, message.id);
    QCOMPARE(again.size(), 1);
    QVERIFY2(again.first().value(QStringLiteral("duplicate")).toBool(), QJsonDocument(again.first()).toJson().constData());

    QCOMPARE(differences(afterOne, everyRow(*books)), QString());
    QCOMPARE(books->count(QStringLiteral("queue_messages")), 0);
    QCOMPARE(books->count(QStringLiteral("dead_letters")),
        type == QLatin1String("DEAD_LETTER_REDRIVE") || type == QLatin1String("DEAD_LETTER_DISCARD") ? deadBefore - 1
                                                                                                     : deadBefore);
    QCOMPARE(
        books->scalar(QStringLiteral("SELECT COUNT(*) FROM processed_messages WHERE message_id = ?"), {message.id}).toLongLong(),
        1);
    QCOMPARE(books->breaches(), QString());
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestDeliveredTwice)

#include "tst_deliveredtwice.moc"
