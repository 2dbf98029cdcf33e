#include "intaketest.h"

#include "commands/commandexecutor.h"
#include "intake/apitoken.h"
#include "intake/intakemessages.h"
#include "intake/transactionintake.h"
#include "storage/transactionguard.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace Ledgerdesk::Test {

Result<int> applyQueuedMessages(Books &books)
{
    Database &db = books.db();
    QList<Message> messages;
    {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, type, payload, agent_id, enqueued_at_ms FROM queue_messages ORDER BY id"));
        if (auto ok = db.exec(query, QStringLiteral("Could not read the queue.")); !ok)
            return ok.error();
        while (query.next()) {
            Message message;
            message.id = query.value(0).toString();
            message.type = query.value(1).toString();
            message.payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
            message.agentId = query.value(3).toString();
            message.createdAtMs = query.value(4).toLongLong();
            messages.append(message);
        }
    }
    int applied = 0;
    for (const Message &message : std::as_const(messages)) {
        TransactionGuard transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        auto result = books.executor().apply(message);
        if (!result)
            return result.error();
        QSqlQuery remove(db.connection());
        remove.prepare(QStringLiteral("DELETE FROM queue_messages WHERE id = ?"));
        remove.addBindValue(message.id);
        if (auto ok = db.exec(remove, QStringLiteral("Could not remove the applied message.")); !ok)
            return ok.error();
        if (auto ok = transaction.commit(); !ok)
            return ok.error();
        ++applied;
    }
    return applied;
}

QJsonObject validIngestPayload(const QString &transactionId)
{
    return QJsonObject {{QStringLiteral("transaction_id"), transactionId},
        {QStringLiteral("source_account"), QStringLiteral("acc_user_1")},
        {QStringLiteral("destination_account"), QStringLiteral("acc_merchant_1")},
        {QStringLiteral("amount"), QStringLiteral("250.00")}, {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("merchant"), QStringLiteral("Coffee Shop")},
        {QStringLiteral("timestamp"), QStringLiteral("2025-01-15T10:30:00Z")}};
}

Result<QString> createApiToken(Books &books, const QString &name, const QString &agentId)
{
    const QString token = ApiToken::generate();
    auto created = books.apply(IntakeMessages::apiTokenCreate,
        {{QStringLiteral("name"), name}, {QStringLiteral("token_hash"), ApiToken::hashOf(token)}}, agentId);
    if (!created)
        return created.error();
    return token;
}

Result<QJsonObject> revokeApiToken(Books &books, const QString &name, const QString &agentId)
{
    return books.apply(IntakeMessages::apiTokenRevoke, {{QStringLiteral("name"), name}}, agentId);
}

QPair<QByteArray, QByteArray> bearer(const QString &token)
{
    return {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toLatin1()};
}

HttpClient::HttpClient(quint16 port)
    : m_port(port)
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

HttpAnswer HttpClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpAnswer answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.networkError = QStringLiteral("no answer within 10 s");
    } else {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.connection = reply->rawHeader("Connection");
        answer.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
        if (reply->error() != QNetworkReply::NoError && answer.status == 0)
            answer.networkError = reply->errorString();
    }
    reply->deleteLater();
    return answer;
}

QByteArray describe(const HttpAnswer &answer)
{
    QByteArray text = "status " + QByteArray::number(answer.status) + ": " + answer.body.left(300);
    if (!answer.networkError.isEmpty())
        text += " (" + answer.networkError.toUtf8() + ")";
    return text;
}

} // namespace Ledgerdesk::Test
