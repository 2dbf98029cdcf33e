#include "smsprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace Ledgerdesk::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QMap<QString, QString> SmsProvider::Request::form() const
{
    QMap<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto decode
            = [](QByteArray text) { return QString::fromUtf8(QByteArray::fromPercentEncoding(text.replace('+', ' '))); };
        fields.insert(decode(pair.left(equals)), equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    return fields;
}

SmsProvider::SmsProvider(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_buffers.insert(socket, QByteArray());
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

SmsProvider::~SmsProvider()
{
    // The connections belong to the server, which goes after the members that their handlers use.
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        delete socket;
    }
}

bool SmsProvider::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl SmsProvider::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void SmsProvider::shutDown()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort(); // its disconnected() handler forgets it
}

void SmsProvider::serve(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);

        const Response response = m_responses.isEmpty() ? Response() : m_responses.takeFirst();
        if (response.hang)
            continue;
        QByteArray body = response.body;
        if (body.isEmpty() && response.status >= 200 && response.status < 300) {
            const QString sid = QStringLiteral("SM%1").arg(m_sids.size() + 1, 32, 10, QLatin1Char('0'));
            m_sids.append(sid);
            const QMap<QString, QString> form = request.form();
            body = QJsonDocument(QJsonObject {{QStringLiteral("sid"), sid}, {QStringLiteral("status"), QStringLiteral("queued")},
                                     {QStringLiteral("to"), form.value(QStringLiteral("To"))},
                                     {QStringLiteral("from"), form.value(QStringLiteral("From"))},
                                     {QStringLiteral("body"), form.value(QStringLiteral("Body"))}})
                       .toJson(QJsonDocument::Compact);
        }
        socket->write("HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n"
            + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
}

} // namespace Ledgerdesk::Test
