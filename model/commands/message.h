#pragma once

#include <QJsonObject>
#include <QString>

namespace Ledgerdesk {

// A command or event for a handler: a type ("DEPOSIT"), a JSON payload in the form of DESIGN section 5,
// and the agent it acts for ("system" and "intake" for the program itself).
struct Message
{
    QString id;         // time-ordered; the idempotency key of the message's effect
    QString type;
    QJsonObject payload;
    QString agentId;
    QString dedupeKey;  // optional: a second message with the same key is dropped on enqueue
    qint64 createdAtMs = 0;
};

} // namespace Ledgerdesk
