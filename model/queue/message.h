#pragma once

#include <QJsonObject>
#include <QString>

namespace Ledgerdesk {

// A command or event for a handler: a type ("DEPOSIT"), a JSON payload in the form of DESIGN section 5,
// and the agent it acts for ("system" and "intake" for the program itself).
struct Message
{
    QString id; // time-ordered; the idempotency key of the message's effect
    QString type;
    QJsonObject payload;
    QString agentId;
    QString dedupeKey; // optional: a second message with the same key is dropped on enqueue
    qint64 createdAtMs = 0; // when it was sent; 0 lets the executor use the time it applies it

    // A new message with a fresh time-ordered id.
    static Message create(const QString &type, const QJsonObject &payload, const QString &agentId, qint64 createdAtMs = 0);
    // The dedupe key stored for a key an agent gave: "agent:<agentId>:<key>", so that it cannot take
    // a key of another agent or of the program (the intake's "ingest:<id>"). Empty for an empty key.
    static QString agentDedupeKey(const QString &agentId, const QString &key);
};

} // namespace Ledgerdesk
