#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ledgerdesk {

class HandlerContext;

// Who may issue a message type. System messages are events only the program itself publishes.
enum class Permission { AnyAgent, Supervisor, System };

// One field of a payload and how it is read. The executor checks every declared field before the
// handler runs, and `ledgerdesk enqueue` runs the same check before it queues anything, so a bad
// payload is refused with the same sentence wherever it comes from.
struct PayloadField
{
    enum class Kind {
        Text, // non-empty text
        Amount, // a positive decimal string ("1000.00"); the currency's digits are checked by the handler
        Object, // a JSON object with at least one member
    };

    QString name;
    Kind kind = Kind::Text;
    bool required = true; // an optional field may be absent, null or blank

    static PayloadField text(QString name) { return {std::move(name), Kind::Text}; }
    static PayloadField optionalText(QString name) { return {std::move(name), Kind::Text, false}; }
    static PayloadField amount(QString name) { return {std::move(name), Kind::Amount}; }
    static PayloadField object(QString name) { return {std::move(name), Kind::Object}; }

    // A Validation error naming the field when `payload` does not carry it in this form.
    Result<void> check(const QJsonObject &payload) const;
};

// Everything about one message type, declared once beside its handler: its name, who may issue it,
// its payload, how it is applied, the sentence the window shows when an agent's message of this type
// was applied, and the notification templates it may write. Plain data; copied into the executor.
struct MessageType
{
    using Handler = std::function<Result<QJsonObject>(HandlerContext &)>;
    using Outcome = std::function<QString(const QJsonObject &result)>;
    using PayloadCheck = std::function<Result<void>(const QJsonObject &payload)>;

    QString name;
    Permission permission = Permission::AnyAgent;
    QList<PayloadField> fields;
    Handler handle;
    Outcome outcome; // empty for events, which no agent waits for
    QStringList notifications; // template names (see notify/outboxwriter.h)
    PayloadCheck customCheck; // for payloads with rules of their own beyond the fields

    // Every declared field, then the custom check: the first problem as a Validation error.
    Result<void> checkPayload(const QJsonObject &payload) const;

    // "$1,000.00": an amount of a handler's result (`field` as a decimal string, "currency" beside
    // it) written for people in the desk's locale; the raw text when it is not an amount.
    static QString displayAmount(const QJsonObject &result, const QString &field);
};

} // namespace Ledgerdesk
