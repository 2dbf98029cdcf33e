#pragma once

#include "core/result.h"
#include "notify/notificationtexts.h"

#include <QJsonObject>
#include <QString>

namespace Ledgerdesk {

class Database;
struct Client;

// Writes the notifications a change owes a client into the outbox, inside the caller's transaction:
// one row per channel the client chose (e-mail, SMS, WhatsApp), rendered from the named template in
// the client's language with amounts formatted for their locale. Nothing is sent here; the Notifier
// sends due rows afterwards, so a rolled-back change never sends anything.
//
// The wording is English source text in the "Ledgerdesk::Notifications" context, translated in
// translations/ledgerdesk_<code>.ts; a client whose language has no translation file is written to in
// English (see NotificationTexts), always with their own locale's number format.
//
// Templates and their values (amounts as decimal strings in `currency`):
//   client_created   {}                                      welcome
//   client_updated   {changes: [{field, before, after}]}     each changed attribute, before -> after
//   client_deleted   {}                                      profile deleted
//   deposit          {amount, balance, currency}
//   withdrawal       {amount, balance, currency}
//   transfer_out     {amount, balance, currency, counterparty}
//   transfer_in      {amount, balance, currency, counterparty}
//   loan_applied     {amount, payment, currency, term, rate}
//   loan_approved    {amount, currency}
//   loan_rejected    {amount, currency, reason}
//   loan_funded      {amount, balance, currency}
//   loan_repaid      {amount, remaining, currency}
//   loan_paid_off    {amount, currency}
//   loan_repayment_failed {amount, currency, reason}
//   payment_succeeded {amount, balance, currency, merchant}
//   payment_failed   {amount, currency, merchant, reason}
//   goal_reached     {goal, target, currency}
//
// Owns the catalogue of translations it writes with (loaded a language at a time, on first use).
// write() uses the connection it is given, on that connection's thread.
class OutboxWriter
{
public:
    // Returns true when an e-mail was queued (the activity record's email_sent).
    Result<bool> write(Database &db, const Client &client, const QString &templateName, const QJsonObject &values,
        const QString &sourceMessageId, qint64 nowMs) const;
    // The names of every template above, sorted.
    static QStringList templateNames();

private:
    NotificationTexts m_texts;
};

} // namespace Ledgerdesk
