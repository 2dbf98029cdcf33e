#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Ledgerdesk {

enum class OutboxChannel { Email, Sms, WhatsApp };
enum class OutboxStatus { Pending, Sent, Failed, Dead };

// The names stored in the outbox table: "email", "sms", "whatsapp" and "PENDING", "SENT", "FAILED", "DEAD".
QString channelName(OutboxChannel channel);
std::optional<OutboxChannel> channelFromName(const QString &name);
QString statusName(OutboxStatus status);
std::optional<OutboxStatus> statusFromName(const QString &name);

// One notification of the outbox, as stored: who gets what through which channel, and how its
// delivery went. A plain value; the OutboxRepository reads and writes it.
struct OutboxMessage
{
    QString id; // also the e-mail's Message-ID: <id@ledgerdesk>
    OutboxChannel channel = OutboxChannel::Email;
    QString recipient; // an e-mail address, or a phone number in E.164 for SMS and WhatsApp
    QString subject; // e-mail only
    QString bodyText;
    QString bodyHtml; // e-mail only; may be empty
    QString templateName;
    QString clientId;
    QString sourceMessageId;
    OutboxStatus status = OutboxStatus::Pending;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0; // while claimed: when the claim lapses
    qint64 createdAtMs = 0;
    qint64 sentAtMs = 0; // 0 until sent
    QString lastError;
    QString providerRef; // the SMS provider's message sid, or the SMTP server's acceptance reply
};

} // namespace Ledgerdesk

Q_DECLARE_METATYPE(Ledgerdesk::OutboxStatus)
