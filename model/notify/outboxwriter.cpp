#include "outboxwriter.h"

#include "clients/client.h"
#include "core/ids.h"
#include "core/logging.h"
#include "core/money.h"
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

// The languages clients are written to in; any other locale gets English (with its own number format).
enum class Language { English, German };

// One template in one language. Placeholders: {name}, {first_name}, {amount}, {balance},
// {counterparty}, {fields}. The e-mail is greeting, body, the list of changes (client_updated), closing.
struct Wording
{
    const char16_t *subject;
    const char16_t *body;
    const char16_t *text; // SMS and WhatsApp
};

struct LanguagePack
{
    const char16_t *code; // for <html lang>
    const char16_t *greeting;
    const char16_t *closing;
    const char16_t *signature;
    const char16_t *emptyValue;
    const char16_t *someAccount; // a transfer's counterparty when none was given
    const char16_t *noReason; // a refusal's reason when none was given
    QHash<QString, const char16_t *> fieldNames;
    QHash<QString, Wording> templates;
};

const LanguagePack &english()
{
    static const LanguagePack pack {
        u"en",
        u"Dear {name},",
        u"Kind regards",
        u"Your Ledgerdesk team",
        u"(empty)",
        u"another account",
        u"none given",
        {
            {QStringLiteral("first_name"), u"First name"},
            {QStringLiteral("last_name"), u"Last name"},
            {QStringLiteral("email"), u"E-mail address"},
            {QStringLiteral("phone"), u"Phone number"},
            {QStringLiteral("channels"), u"Notification channels"},
            {QStringLiteral("locale"), u"Language and region"},
        },
        {
            {QStringLiteral("client_created"),
                {u"Welcome to Ledgerdesk",
                    u"Welcome! Your client profile has been created. We will keep you informed about every change to your "
                    u"accounts.",
                    u"Welcome to Ledgerdesk, {first_name}! Your client profile has been created."}},
            {QStringLiteral("client_updated"),
                {u"Your profile was updated", u"The following details of your profile were changed:",
                    u"Your Ledgerdesk profile was updated ({fields}). If you did not ask for this, please contact us."}},
            {QStringLiteral("client_deleted"),
                {u"Your profile was deleted",
                    u"Your client profile has been deleted. If you did not ask for this, please contact us at once.",
                    u"Your Ledgerdesk profile was deleted. If you did not ask for this, please contact us at once."}},
            {QStringLiteral("deposit"),
                {u"Deposit received", u"Your deposit of {amount} was successful. Your new balance is {balance}.",
                    u"Your deposit of {amount} was successful. Your new balance is {balance}."}},
            {QStringLiteral("withdrawal"),
                {u"Withdrawal from your account", u"Alert: {amount} withdrawn from your account. Available balance: {balance}.",
                    u"Alert: {amount} withdrawn from your account. Available balance: {balance}."}},
            {QStringLiteral("transfer_out"),
                {u"Transfer sent", u"You sent {amount} to {counterparty}. Your new balance is {balance}.",
                    u"You sent {amount} to {counterparty}. Your new balance is {balance}."}},
            {QStringLiteral("transfer_in"),
                {u"Transfer received", u"You received {amount} from {counterparty}. Your new balance is {balance}.",
                    u"You received {amount} from {counterparty}. Your new balance is {balance}."}},
            {QStringLiteral("loan_applied"),
                {u"Your loan application",
                    u"We received your application for a loan of {amount} over {term} months at {rate} % a year. The monthly "
                    u"payment would be {payment}. We will let you know our decision.",
                    u"We received your loan application for {amount} ({term} months, {payment} a month)."}},
            {QStringLiteral("loan_approved"),
                {u"Your loan was approved", u"Good news: your loan of {amount} was approved. The money is on its way to your wallet.",
                    u"Your loan of {amount} was approved."}},
            {QStringLiteral("loan_rejected"),
                {u"Your loan application", u"We are sorry: your application for a loan of {amount} was declined. Reason: {reason}",
                    u"Your loan application for {amount} was declined. Reason: {reason}"}},
            {QStringLiteral("loan_funded"),
                {u"Loan paid out", u"Your loan of {amount} has been paid into your wallet. Your new balance is {balance}.",
                    u"Your loan of {amount} has been paid into your wallet. New balance: {balance}."}},
            {QStringLiteral("loan_repaid"),
                {u"Repayment received", u"We received your loan repayment of {amount}. You still owe {remaining}.",
                    u"Loan repayment of {amount} received. Still owed: {remaining}."}},
            {QStringLiteral("loan_paid_off"),
                {u"Your loan is paid off", u"We received your repayment of {amount}. Your loan is now paid off in full. Thank you!",
                    u"Repayment of {amount} received: your loan is paid off."}},
            {QStringLiteral("loan_repayment_failed"),
                {u"Loan repayment failed", u"Your loan repayment of {amount} could not be made. Reason: {reason}",
                    u"Your loan repayment of {amount} failed. Reason: {reason}"}},
            {QStringLiteral("payment_succeeded"),
                {u"Payment made", u"Your payment of {amount} to {merchant} was successful. Your new balance is {balance}.",
                    u"Payment of {amount} to {merchant} done. New balance: {balance}."}},
            {QStringLiteral("payment_failed"),
                {u"Payment failed", u"Your payment of {amount} to {merchant} failed. Reason: {reason}",
                    u"Your payment of {amount} to {merchant} failed. Reason: {reason}"}},
            {QStringLiteral("goal_reached"),
                {u"Savings goal reached", u"Congratulations! Your savings goal \"{goal}\" has reached its target of {target}.",
                    u"Your savings goal \"{goal}\" reached its target of {target}."}},
        },
    };
    return pack;
}

// German letters continue after the greeting's comma in lower case, so every body begins with a word
// that is capitalised anyway (Ihr, Sie).
const LanguagePack &german()
{
    static const LanguagePack pack {
        u"de",
        u"Guten Tag {name},",
        u"Mit freundlichen Grüßen",
        u"Ihr Ledgerdesk-Team",
        u"(leer)",
        u"ein anderes Konto",
        u"nicht angegeben",
        {
            {QStringLiteral("first_name"), u"Vorname"},
            {QStringLiteral("last_name"), u"Nachname"},
            {QStringLiteral("email"), u"E-Mail-Adresse"},
            {QStringLiteral("phone"), u"Telefonnummer"},
            {QStringLiteral("channels"), u"Benachrichtigungswege"},
            {QStringLiteral("locale"), u"Sprache und Region"},
        },
        {
            {QStringLiteral("client_created"),
                {u"Willkommen bei Ledgerdesk",
                    u"Ihr Kundenprofil wurde angelegt. Herzlich willkommen! Wir informieren Sie über jede Änderung an Ihren "
                    u"Konten.",
                    u"Willkommen bei Ledgerdesk, {first_name}! Ihr Kundenprofil wurde angelegt."}},
            {QStringLiteral("client_updated"),
                {u"Ihr Profil wurde geändert", u"Ihre Profilangaben wurden wie folgt geändert:",
                    u"Ihr Ledgerdesk-Profil wurde geändert ({fields}). Falls Sie das nicht veranlasst haben, wenden Sie sich "
                    u"bitte an uns."}},
            {QStringLiteral("client_deleted"),
                {u"Ihr Profil wurde gelöscht",
                    u"Ihr Kundenprofil wurde gelöscht. Falls Sie das nicht veranlasst haben, wenden Sie sich bitte umgehend an "
                    u"uns.",
                    u"Ihr Ledgerdesk-Profil wurde gelöscht. Falls Sie das nicht veranlasst haben, wenden Sie sich bitte umgehend "
                    u"an uns."}},
            {QStringLiteral("deposit"),
                {u"Einzahlung eingegangen",
                    u"Ihre Einzahlung von {amount} war erfolgreich. Ihr neuer Kontostand beträgt {balance}.",
                    u"Ihre Einzahlung von {amount} war erfolgreich. Ihr neuer Kontostand beträgt {balance}."}},
            {QStringLiteral("withdrawal"),
                {u"Abhebung von Ihrem Konto", u"Ihre Abhebung von {amount} wurde ausgeführt. Verfügbarer Kontostand: {balance}.",
                    u"Hinweis: {amount} wurden von Ihrem Konto abgehoben. Verfügbarer Kontostand: {balance}."}},
            {QStringLiteral("transfer_out"),
                {u"Überweisung ausgeführt",
                    u"Sie haben {amount} an {counterparty} überwiesen. Ihr neuer Kontostand beträgt {balance}.",
                    u"Sie haben {amount} an {counterparty} überwiesen. Ihr neuer Kontostand beträgt {balance}."}},
            {QStringLiteral("transfer_in"),
                {u"Überweisung erhalten",
                    u"Sie haben {amount} von {counterparty} erhalten. Ihr neuer Kontostand beträgt {balance}.",
                    u"Sie haben {amount} von {counterparty} erhalten. Ihr neuer Kontostand beträgt {balance}."}},
            {QStringLiteral("loan_applied"),
                {u"Ihr Kreditantrag",
                    u"Ihr Antrag auf einen Kredit über {amount} mit {term} Monaten Laufzeit zu {rate} % im Jahr ist eingegangen. "
                    u"Die Monatsrate betrüge {payment}. Wir informieren Sie über unsere Entscheidung.",
                    u"Ihr Kreditantrag über {amount} ({term} Monate, {payment} im Monat) ist eingegangen."}},
            {QStringLiteral("loan_approved"),
                {u"Ihr Kredit wurde bewilligt", u"Ihr Kredit über {amount} wurde bewilligt. Das Geld wird Ihrem Konto gutgeschrieben.",
                    u"Ihr Kredit über {amount} wurde bewilligt."}},
            {QStringLiteral("loan_rejected"),
                {u"Ihr Kreditantrag", u"Ihr Antrag auf einen Kredit über {amount} wurde leider abgelehnt. Grund: {reason}",
                    u"Ihr Kreditantrag über {amount} wurde abgelehnt. Grund: {reason}"}},
            {QStringLiteral("loan_funded"),
                {u"Kredit ausgezahlt", u"Ihr Kredit über {amount} wurde Ihrem Konto gutgeschrieben. Ihr neuer Kontostand beträgt {balance}.",
                    u"Ihr Kredit über {amount} wurde gutgeschrieben. Neuer Kontostand: {balance}."}},
            {QStringLiteral("loan_repaid"),
                {u"Rückzahlung eingegangen", u"Ihre Kreditrückzahlung von {amount} ist eingegangen. Es verbleiben {remaining}.",
                    u"Kreditrückzahlung von {amount} eingegangen. Verbleibend: {remaining}."}},
            {QStringLiteral("loan_paid_off"),
                {u"Ihr Kredit ist getilgt", u"Ihre Rückzahlung von {amount} ist eingegangen. Ihr Kredit ist vollständig getilgt. Vielen Dank!",
                    u"Rückzahlung von {amount} eingegangen: Ihr Kredit ist getilgt."}},
            {QStringLiteral("loan_repayment_failed"),
                {u"Kreditrückzahlung fehlgeschlagen", u"Ihre Kreditrückzahlung von {amount} konnte nicht ausgeführt werden. Grund: {reason}",
                    u"Ihre Kreditrückzahlung von {amount} ist fehlgeschlagen. Grund: {reason}"}},
            {QStringLiteral("payment_succeeded"),
                {u"Zahlung ausgeführt", u"Ihre Zahlung von {amount} an {merchant} war erfolgreich. Ihr neuer Kontostand beträgt {balance}.",
                    u"Zahlung von {amount} an {merchant} ausgeführt. Neuer Kontostand: {balance}."}},
            {QStringLiteral("payment_failed"),
                {u"Zahlung fehlgeschlagen", u"Ihre Zahlung von {amount} an {merchant} ist fehlgeschlagen. Grund: {reason}",
                    u"Ihre Zahlung von {amount} an {merchant} ist fehlgeschlagen. Grund: {reason}"}},
            {QStringLiteral("goal_reached"),
                {u"Sparziel erreicht", u"Herzlichen Glückwunsch! Ihr Sparziel „{goal}“ hat sein Ziel von {target} erreicht.",
                    u"Ihr Sparziel „{goal}“ hat sein Ziel von {target} erreicht."}},
        },
    };
    return pack;
}

const LanguagePack &packFor(Language language)
{
    return language == Language::German ? german() : english();
}

// The client's locale, or American English when they have none (or one Qt does not know).
QLocale localeOf(const Client &client)
{
    const QLocale locale(client.locale);
    if (client.locale.isEmpty() || locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

Language languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::German ? Language::German : Language::English;
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

Result<Rendered> render(const QString &templateName, const Client &client, const QJsonObject &values)
{
    const QLocale locale = localeOf(client);
    const LanguagePack &pack = packFor(languageOf(locale));
    const auto wording = pack.templates.constFind(templateName);
    if (wording == pack.templates.cend())
        return makeError(Error::Kind::Validation, Strings::tr("There is no notification template \"%1\".").arg(templateName));

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
    fields.insert(QStringLiteral("counterparty"), counterparty.isEmpty() ? QString::fromUtf16(pack.someAccount) : counterparty);
    const QString reason = values.value(QStringLiteral("reason")).toString().trimmed();
    fields.insert(QStringLiteral("reason"), reason.isEmpty() ? QString::fromUtf16(pack.noReason) : reason);

    QList<Change> changes;
    if (templateName == QLatin1String("client_updated")) {
        QStringList names;
        for (const QJsonValue &item : values.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = item.toObject();
            const QString field = change.value(QStringLiteral("field")).toString();
            const auto label = pack.fieldNames.constFind(field);
            const QString name = label == pack.fieldNames.cend() ? field : QString::fromUtf16(*label);
            const auto shown = [&](const QString &key) {
                const QJsonValue value = change.value(key);
                QString text = value.isArray() ? value.toVariant().toStringList().join(QStringLiteral(", "))
                                               : value.toVariant().toString();
                return text.isEmpty() ? QString::fromUtf16(pack.emptyValue) : text;
            };
            changes.append({name, shown(QStringLiteral("before")), shown(QStringLiteral("after"))});
            names.append(name);
        }
        fields.insert(QStringLiteral("fields"), names.join(QStringLiteral(", ")));
    }

    Rendered out;
    out.subject = fill(QString::fromUtf16(wording->subject), fields, false);
    out.shortText = fill(QString::fromUtf16(wording->text), fields, false);

    const QString greeting = QString::fromUtf16(pack.greeting);
    const QString body = QString::fromUtf16(wording->body);
    QStringList text {fill(greeting, fields, false), QString(), fill(body, fields, false)};
    QString changeList;
    for (const Change &change : std::as_const(changes)) {
        text << QStringLiteral("- %1: %2 → %3").arg(change.field, change.before, change.after);
        changeList += QStringLiteral("<li>%1: %2 &rarr; %3</li>\n")
                          .arg(change.field.toHtmlEscaped(), change.before.toHtmlEscaped(), change.after.toHtmlEscaped());
    }
    text << QString() << QString::fromUtf16(pack.closing) << QString::fromUtf16(pack.signature);
    out.text = text.join(QLatin1Char('\n')) + QLatin1Char('\n');

    out.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head><meta charset=\"utf-8\"><title>%2</title></head>\n"
                              "<body style=\"font-family: sans-serif\">\n<p>%3</p>\n<p>%4</p>\n")
                   .arg(QString::fromUtf16(pack.code), out.subject.toHtmlEscaped(), fill(greeting, fields, true),
                       fill(body, fields, true));
    if (!changeList.isEmpty())
        out.html += QStringLiteral("<ul>\n") + changeList + QStringLiteral("</ul>\n");
    out.html += QStringLiteral("<p>%1<br>\n%2</p>\n</body>\n</html>\n")
                    .arg(QString::fromUtf16(pack.closing).toHtmlEscaped(), QString::fromUtf16(pack.signature).toHtmlEscaped());
    return out;
}

} // namespace

Result<bool> writeClientNotifications(Database &db, const Client &client, const QString &templateName, const QJsonObject &values,
    const QString &sourceMessageId, qint64 nowMs)
{
    auto rendered = render(templateName, client, values);
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
