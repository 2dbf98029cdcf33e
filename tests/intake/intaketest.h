#pragma once

#include "core/result.h"
#include "support/testbooks.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

namespace Ledgerdesk::Test {

// Stands in for the processor, which is built elsewhere: takes every message in queue_messages, in
// id order, with plain SQL, and applies it with the book's executor, deleting it in the same
// transaction. Returns how many were applied; stops at the first refusal.
Result<int> applyQueuedMessages(Books &books);

// A TRANSACTION_INGEST payload that passes every check: 250.00 USD from acc_user_1 to a merchant.
QJsonObject validIngestPayload(const QString &transactionId = QStringLiteral("txn-1"));

// Makes a new API token and applies its API_TOKEN_CREATE as `agentId` (the supervisor by default);
// returns the token, which only the caller knows.
Result<QString> createApiToken(
    Books &books, const QString &name = QStringLiteral("reporting"), const QString &agentId = Books::supervisor);
// Applies API_TOKEN_REVOKE of the live token `name` as `agentId`.
Result<QJsonObject> revokeApiToken(Books &books, const QString &name, const QString &agentId = Books::supervisor);
// The header that presents a token: {"Authorization", "Bearer <token>"}.
QPair<QByteArray, QByteArray> bearer(const QString &token);

// One HTTP answer as a client sees it.
struct HttpAnswer
{
    int status = 0; // 0 when no answer came
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object
    QByteArray contentType;
    QByteArray connection; // the Connection header ("close" when the server ends the connection)
    QByteArray wwwAuthenticate; // the WWW-Authenticate header of a 401
    QString networkError;
};

// A blocking HTTP client for tests: one request at a time against 127.0.0.1:port over a real
// socket, no proxy, waiting up to 10 s for the answer.
class HttpClient
{
public:
    explicit HttpClient(quint16 port);

    HttpAnswer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpAnswer get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }
    HttpAnswer post(const QString &path, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("POST", path, body, headers);
    }

private:
    QNetworkAccessManager m_manager;
    quint16 m_port;
};

// "status 400: {...}" for failure messages.
QByteArray describe(const HttpAnswer &answer);

} // namespace Ledgerdesk::Test
