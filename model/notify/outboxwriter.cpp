#include "outboxwriter.h"

#include "clients/client.h"
#include "core/ids.h"
#include "core/logging.h"
#include "core/money.h"
#include "notificationtexts.h"
#include "outboxrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::OutboxWriter)
};

// A text of the "Ledgerdesk::Notifications" context in English, the source of its translations
// (translations/ledgerdesk_<code>.ts): QT_TRANSLATE_NOOP3 yields {source, disambiguation}.
struct Text
{
    const char *source;
    const char *disambiguation;
};

// One template. Placeholders: {name}, {first_name}, {amount}, {balance}, {counterparty}, {fields} ...
// (the values of OutboxWriter::write). The e-mail is greeting, body, the list of changes
// (client_updated), closing and signature.
struct Wording
{
    Text subject;
    Text body;
    Text text; // SMS and WhatsApp
};

//: The first line of every e-mail; {name} is the client's full name. The body follows on its own line:
//: where a letter continues in lower case after the greeting's comma (German), begin every e-mail body
//: with a word that is capitalised anyway (Ihr, Sie).
constexpr Text greeting = QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Dear {name},", "e-mail greeting");
constexpr Text closing = QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Kind regards", "e-mail closing");
constexpr Text signature = QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your Ledgerdesk team", "e-mail signature");
constexpr Text emptyValue
    = QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "(empty)", "client_updated: a detail that was or became empty");
constexpr Text someAccount
    = QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "another account", "transfer: the counterparty when none was given");
constexpr Text noReason
    = QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "none given", "refusal or failure: the reason when none was given");

// The names of the profile details client_updated lists, by field.
const QHash<QString, Text> &fieldNames()
{
    static const QHash<QString, Text> names {
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "First name", "profile field")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Last name", "profile field")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "E-mail address", "profile field")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Phone number", "profile field")},
        {QStringLiteral("channels"), QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Notification channels", "profile field")},
        {QStringLiteral("locale"), QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Language and region", "profile field")},
    };
    return names;
}

const QHash<QString, Wording> &templates()
{
    static const QHash<QString, Wording> wordings {
        {QStringLiteral("client_created"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Welcome to Ledgerdesk", "client_created: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Welcome! Your client profile has been created. We will keep you informed about every change to your "
                    "accounts.",
                    "client_created: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Welcome to Ledgerdesk, {first_name}! Your client profile has been created.",
                    "client_created: SMS and WhatsApp text")}},
        {QStringLiteral("client_updated"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your profile was updated", "client_updated: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "The following details of your profile were changed:",
                    "client_updated: e-mail body, followed by one line per change"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your Ledgerdesk profile was updated ({fields}). If you did not ask for this, please contact us.",
                    "client_updated: SMS and WhatsApp text; {fields} lists the changed details")}},
        {QStringLiteral("client_deleted"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your profile was deleted", "client_deleted: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your client profile has been deleted. If you did not ask for this, please contact us at once.",
                    "client_deleted: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your Ledgerdesk profile was deleted. If you did not ask for this, please contact us at once.",
                    "client_deleted: SMS and WhatsApp text")}},
        {QStringLiteral("deposit"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Deposit received", "deposit: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your deposit of {amount} was successful. Your new balance is {balance}.", "deposit: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your deposit of {amount} was successful. Your new balance is {balance}.",
                    "deposit: SMS and WhatsApp text")}},
        {QStringLiteral("withdrawal"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Withdrawal from your account", "withdrawal: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Alert: {amount} withdrawn from your account. Available balance: {balance}.", "withdrawal: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Alert: {amount} withdrawn from your account. Available balance: {balance}.",
                    "withdrawal: SMS and WhatsApp text")}},
        {QStringLiteral("transfer_out"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Transfer sent", "transfer_out: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "You sent {amount} to {counterparty}. Your new balance is {balance}.", "transfer_out: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "You sent {amount} to {counterparty}. Your new balance is {balance}.",
                    "transfer_out: SMS and WhatsApp text")}},
        {QStringLiteral("transfer_in"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Transfer received", "transfer_in: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "You received {amount} from {counterparty}. Your new balance is {balance}.", "transfer_in: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "You received {amount} from {counterparty}. Your new balance is {balance}.",
                    "transfer_in: SMS and WhatsApp text")}},
        {QStringLiteral("loan_applied"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your loan application", "loan_applied: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "We received your application for a loan of {amount} over {term} months at {rate} % a year. The monthly "
                    "payment would be {payment}. We will let you know our decision.",
                    "loan_applied: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "We received your loan application for {amount} ({term} months, {payment} a month).",
                    "loan_applied: SMS and WhatsApp text")}},
        {QStringLiteral("loan_approved"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your loan was approved", "loan_approved: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Good news: your loan of {amount} was approved. The money is on its way to your wallet.",
                    "loan_approved: e-mail body"),
                QT_TRANSLATE_NOOP3(
                    "Ledgerdesk::Notifications", "Your loan of {amount} was approved.", "loan_approved: SMS and WhatsApp text")}},
        {QStringLiteral("loan_rejected"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your loan application", "loan_rejected: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "We are sorry: your application for a loan of {amount} was declined. Reason: {reason}",
                    "loan_rejected: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your loan application for {amount} was declined. Reason: {reason}",
                    "loan_rejected: SMS and WhatsApp text")}},
        {QStringLiteral("loan_funded"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Loan paid out", "loan_funded: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your loan of {amount} has been paid into your wallet. Your new balance is {balance}.",
                    "loan_funded: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your loan of {amount} has been paid into your wallet. New balance: {balance}.",
                    "loan_funded: SMS and WhatsApp text")}},
        {QStringLiteral("loan_repaid"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Repayment received", "loan_repaid: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "We received your loan repayment of {amount}. You still owe {remaining}.", "loan_repaid: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Loan repayment of {amount} received. Still owed: {remaining}.",
                    "loan_repaid: SMS and WhatsApp text")}},
        {QStringLiteral("loan_paid_off"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your loan is paid off", "loan_paid_off: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "We received your repayment of {amount}. Your loan is now paid off in full. Thank you!",
                    "loan_paid_off: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Repayment of {amount} received: your loan is paid off.",
                    "loan_paid_off: SMS and WhatsApp text")}},
        {QStringLiteral("loan_repayment_failed"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Loan repayment failed", "loan_repayment_failed: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your loan repayment of {amount} could not be made. Reason: {reason}", "loan_repayment_failed: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your loan repayment of {amount} failed. Reason: {reason}",
                    "loan_repayment_failed: SMS and WhatsApp text")}},
        {QStringLiteral("payment_succeeded"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Payment made", "payment_succeeded: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Your payment of {amount} to {merchant} was successful. Your new balance is {balance}.",
                    "payment_succeeded: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Payment of {amount} to {merchant} done. New balance: {balance}.",
                    "payment_succeeded: SMS and WhatsApp text")}},
        {QStringLiteral("payment_failed"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Payment failed", "payment_failed: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your payment of {amount} to {merchant} failed. Reason: {reason}",
                    "payment_failed: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your payment of {amount} to {merchant} failed. Reason: {reason}",
                    "payment_failed: SMS and WhatsApp text")}},
        {QStringLiteral("goal_reached"),
            {QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Savings goal reached", "goal_reached: e-mail subject"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications",
                    "Congratulations! Your savings goal \"{goal}\" has reached its target of {target}.",
                    "goal_reached: e-mail body"),
                QT_TRANSLATE_NOOP3("Ledgerdesk::Notifications", "Your savings goal \"{goal}\" reached its target of {target}.",
                    "goal_reached: SMS and WhatsApp text")}},
    };
    return wordings;
}

// The client's locale, or American English when they have none (or one Qt does not know).
QLocale localeOf(const Client &client)
{
    const QLocale locale(client.locale);
    if (client.locale.isEmpty() || locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

// Fills {placeholders} from `values`; for HTML both the template's words and the values are escaped.
QString fill(const QString &pattern, const QHash<QString, QString> &values, bool html)
{
    QString out;
    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            const QString rest = pattern.mid(pos);
            out += html ? rest.toHtmlEscaped() : rest;
            break;
        }
        const QString literal = pattern.mid(pos, open - pos);
        out += html ? literal.toHtmlEscaped() : literal;
        const QString value = values.value(pattern.mid(open + 1, close - open - 1));
        out += html ? value.toHtmlEscaped() : value;
        pos = close + 1;
    }
    return out;
}

struct Change
{
    QString field;
    QString before;
    QString after;
};

struct Rendered
{
    QString subject;
    QString text;
    QString html;
    QString shortText;
};

// Reads an amount of `currency` from the values and formats it for the client.
Result<QString> formattedAmount(const QJsonObject &values, const QString &key, const QString &currency, const QLocale &locale)
{
    const QJsonValue value = values.value(key);
    if (!value.isString())
        return makeError(Error::Kind::Validation,
            Strings::tr("The notification needs \"%1\" as a decimal string, like \"1000.00\".").arg(key));
    auto money = Money::parse(value.toString(), currency, true);
    if (!money)
        return makeError(Error::Kind::Validation,
            Strings::tr("The notification's \"%1\" is not an amount: %2").arg(key, money.error().message), money.error().detail);
    return money->format(locale);
}

// The amounts a template shows, each required in its values as a decimal string of their currency.
QStringList amountsOf(const QString &templateName)
{
    static const QHash<QString, QStringList> amounts {
        {QStringLiteral("deposit"), {QStringLiteral("amount"), QStringLiteral("balance")}},
        {QStringLiteral("withdrawal"), {QStringLiteral("amount"), QStringLiteral("balance")}},
        {QStringLiteral("transfer_out"), {QStringLiteral("amount"), QStringLiteral("balance")}},
        {QStringLiteral("transfer_in"), {QStringLiteral("amount"), QStringLiteral("balance")}},
        {QStringLiteral("loan_applied"), {QStringLiteral("amount"), QStringLiteral("payment")}},
        {QStringLiteral("loan_approved"), {QStringLiteral("amount")}},
        {QStringLiteral("loan_rejected"), {QStringLiteral("amount")}},
        {QStringLiteral("loan_funded"), {QStringLiteral("amount"), QStringLiteral("balance")}},
        {QStringLiteral("loan_repaid"), {QStringLiteral("amount"), QStringLiteral("remaining")}},
        {QStringLiteral("loan_paid_off"), {QStringLiteral("amount")}},
        {QStringLiteral("loan_repayment_failed"), {QStringLiteral("amount")}},
        {QStringLiteral("payment_succeeded"), {QStringLiteral("amount"), QStringLiteral("balance")}},
        {QStringLiteral("payment_failed"), {QStringLiteral("amount")}},
        {QStringLiteral("goal_reached"), {QStringLiteral("target")}},
    };
    return amounts.value(templateName);
}

Result<Rendered> render(
    const NotificationTexts &texts, const QString &templateName, const Client &client, const QJsonObject &values)
{
    const auto wording = templates().constFind(templateName);
    if (wording == templates().cend())
        return makeError(Error::Kind::Validation, Strings::tr("There is no notification template \"%1\".").arg(templateName));
    const QLocale locale = localeOf(client);
    const NotificationTexts::Language language = texts.languageFor(locale);
    const auto say = [&language](const Text &text) { return language.text(text.source, text.disambiguation); };

    QHash<QString, QString> fields {
        {QStringLiteral("name"), client.fullName().trimmed()}, {QStringLiteral("first_name"), client.firstName}};
    const QStringList amounts = amountsOf(templateName);
    if (!amounts.isEmpty()) {
        const QString currency = values.value(QStringLiteral("currency")).toString();
        if (!Money::isKnownCurrency(currency))
            return makeError(
                Error::Kind::Validation, Strings::tr("The notification's currency \"%1\" is not supported.").arg(currency));
        for (const QString &key : amounts) {
            auto text = formattedAmount(values, key, currency, locale);
            if (!text)
                return text.error();
            fields.insert(key, *text);
        }
    }
    for (const QString &key : {QStringLiteral("term"), QStringLiteral("merchant"), QStringLiteral("goal")})
        fields.insert(key, values.value(key).toString());
    fields.insert(QStringLiteral("rate"), locale.toString(values.value(QStringLiteral("rate")).toString().toDouble(), 'f', 2));
    const QString counterparty = values.value(QStringLiteral("counterparty")).toString().trimmed();
    fields.insert(QStringLiteral("counterparty"), counterparty.isEmpty() ? say(someAccount) : counterparty);
    const QString reason = values.value(QStringLiteral("reason")).toString().trimmed();
    fields.insert(QStringLiteral("reason"), reason.isEmpty() ? say(noReason) : reason);

    QList<Change> changes;
    if (templateName == QLatin1String("client_updated")) {
        QStringList names;
        for (const QJsonValue &item : values.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = item.toObject();
            const QString field = change.value(QStringLiteral("field")).toString();
            const auto label = fieldNames().constFind(field);
            const QString name = label == fieldNames().cend() ? field : say(*label);
            const auto shown = [&](const QString &key) {
                const QJsonValue value = change.value(key);
                QString text = value.isArray() ? value.toVariant().toStringList().join(QStringLiteral(", "))
                                               : value.toVariant().toString();
                return text.isEmpty() ? say(emptyValue) : text;
            };
            changes.append({name, shown(QStringLiteral("before")), shown(QStringLiteral("after"))});
            names.append(name);
        }
        fields.insert(QStringLiteral("fields"), names.join(QStringLiteral(", ")));
    }

    Rendered out;
    out.subject = fill(say(wording->subject), fields, false);
    out.shortText = fill(say(wording->text), fields, false);

    const QString greetingLine = say(greeting);
    const QString body = say(wording->body);
    const QString closingLine = say(closing);
    const QString signatureLine = say(signature);
    QStringList text {fill(greetingLine, fields, false), QString(), fill(body, fields, false)};
    QString changeList;
    for (const Change &change : std::as_const(changes)) {
        text << QStringLiteral("- %1: %2 → %3").arg(change.field, change.before, change.after);
        changeList += QStringLiteral("<li>%1: %2 &rarr; %3</li>\n")
                          .arg(change.field.toHtmlEscaped(), change.before.toHtmlEscaped(), change.after.toHtmlEscaped());
    }
    text << QString() << closingLine << signatureLine;
    out.text = text.join(QLatin1Char('\n')) + QLatin1Char('\n');

    out.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head><meta charset=\"utf-8\"><title>%2</title></head>\n"
                              "<body style=\"font-family: sans-serif\">\n<p>%3</p>\n<p>%4</p>\n")
                   .arg(language.code().replace(QLatin1Char('_'), QLatin1Char('-')), out.subject.toHtmlEscaped(),
                       fill(greetingLine, fields, true), fill(body, fields, true));
    if (!changeList.isEmpty())
        out.html += QStringLiteral("<ul>\n") + changeList + QStringLiteral("</ul>\n");
    out.html += QStringLiteral("<p>%1<br>\n%2</p>\n</body>\n</html>\n")
                    .arg(closingLine.toHtmlEscaped(), signatureLine.toHtmlEscaped());
    return out;
}

} // namespace

QStringList OutboxWriter::templateNames()
{
    QStringList names = templates().keys();
    names.sort();
    return names;
}

Result<bool> OutboxWriter::write(Database &db, const Client &client, const QString &templateName, const QJsonObject &values,
    const QString &sourceMessageId, qint64 nowMs) const
{
    auto rendered = render(m_texts, templateName, client, values);
    if (!rendered)
        return rendered.error();

    OutboxRepository outbox(db);
    bool emailQueued = false;
    QStringList done;
    for (const QString &name : client.channels) {
        if (done.contains(name))
            continue;
        done.append(name);
        const std::optional<OutboxChannel> channel = channelFromName(name);
        if (!channel) {
            qCWarning(lcNotify) << "client" << client.id << "has the unknown channel" << name << "- nothing sent there";
            continue;
        }
        OutboxMessage row;
        row.id = Ids::next();
        row.channel = *channel;
        row.recipient = *channel == OutboxChannel::Email ? client.email : client.phone;
        if (row.recipient.isEmpty()) {
            qCWarning(lcNotify) << "client" << client.id << "chose" << name << "but has no address for it - nothing sent there";
            continue;
        }
        if (*channel == OutboxChannel::Email) {
            row.subject = rendered->subject;
            row.bodyText = rendered->text;
            row.bodyHtml = rendered->html;
        } else {
            row.bodyText = rendered->shortText;
        }
        row.templateName = templateName;
        row.clientId = client.id;
        row.sourceMessageId = sourceMessageId;
        row.status = OutboxStatus::Pending;
        row.nextAttemptAtMs = nowMs;
        row.createdAtMs = nowMs;
        if (auto ok = outbox.insert(row); !ok)
            return ok.error();
        emailQueued = emailQueued || *channel == OutboxChannel::Email;
    }
    return emailQueued;
}

} // namespace Ledgerdesk
