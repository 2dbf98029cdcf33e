#include "clients/client.h"
#include "core/money.h"
#include "notify/notificationtexts.h"
#include "notify/outboxrepository.h"
#include "notify/outboxwriter.h"
#include "storage/transactionguard.h"
#include "support/backendtest.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

constexpr qint64 now = 1'767'225'600'000; // 2026-01-01T00:00:00Z

Client client(const QString &locale, const QStringList &channels)
{
    Client c;
    c.id = QStringLiteral("client-ada");
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    c.email = QStringLiteral("ada@example.com");
    c.phone = QStringLiteral("+4915112345678");
    c.channels = channels;
    c.locale = locale;
    return c;
}

const QStringList everyChannel {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("whatsapp")};

QJsonObject money(const QString &amount, const QString &balance, const QString &currency = QStringLiteral("USD"))
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("balance"), balance}, {QStringLiteral("currency"), currency}};
}

// The rows written (only those for `source` when given), oldest first (by channel order within one write).
QList<OutboxMessage> rows(Database &db, const QString &source = QString())
{
    auto listed = OutboxRepository(db).list(std::nullopt, 0, 1000);
    if (!listed)
        return {};
    QList<OutboxMessage> result;
    for (const OutboxMessage &row : std::as_const(*listed)) {
        if (source.isNull() || row.sourceMessageId == source)
            result.prepend(row);
    }
    return result;
}

const OutboxMessage *onChannel(const QList<OutboxMessage> &rows, OutboxChannel channel)
{
    for (const OutboxMessage &row : rows) {
        if (row.channel == channel)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestOutboxWriter : public BackendTest
{
    Q_OBJECT

public:
    using BackendTest::BackendTest;

private Q_SLOTS:
    void deposit_inEnglish_usesTheDesignWordingOnEveryChannel();
    void withdrawal_inEnglish_usesTheDesignWording();
    void deposit_inGerman_isWrittenInGermanWithGermanAmounts();
    void everyTemplate_hasASubjectAndTheNameInBothLanguages_data();
    void everyTemplate_hasASubjectAndTheNameInBothLanguages();
    void otherOrMissingLocale_isWrittenInEnglishWithItsOwnNumbers_data();
    void otherOrMissingLocale_isWrittenInEnglishWithItsOwnNumbers();
    void withdrawal_inGerman_takesEachPartsOwnTranslation_data();
    void withdrawal_inGerman_takesEachPartsOwnTranslation();
    void clientUpdated_inGerman_namesTheFieldsAndEmptyValuesInGerman();
    void frenchClient_getsTheEnglishEmailWithFrenchNumbers();
    void catalogue_offersTheLanguagesOfTheTranslationResources();
    void clientUpdated_listsEachChangeBeforeAndAfter();
    void transfer_withoutCounterparty_saysAnotherAccount();
    void htmlBody_escapesWhatTheClientTyped();
    void clientWithoutChannels_writesNothing();
    void smsOnly_writesOneRowAndReportsNoEmail();
    void badValues_areRefusedAndWriteNothing_data();
    void badValues_areRefusedAndWriteNothing();
    void rolledBackChange_leavesNoNotification();

private:
    // The rows of one data-driven function share a book (a fresh PostgreSQL database costs a fifth of
    // a second); each row writes with its data tag as the source message and reads only those.
    Books *bookForDataRows();
    QString dataTag() const { return QString::fromUtf8(QTest::currentDataTag()); }

    std::unique_ptr<Books> m_shared;
    QByteArray m_sharedBy;
};

Books *TestOutboxWriter::bookForDataRows()
{
    if (!m_shared || m_sharedBy != QTest::currentTestFunction()) {
        m_shared = testBooks().open();
        m_sharedBy = QTest::currentTestFunction();
    }
    return m_shared.get();
}

void TestOutboxWriter::deposit_inEnglish_usesTheDesignWordingOnEveryChannel()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto written = OutboxWriter().write(books->db(), client(QStringLiteral("en_US"), everyChannel), QStringLiteral("deposit"),
        money(QStringLiteral("1000.00"), QStringLiteral("5000.00")), QStringLiteral("msg-1"), now);
    LD_VERIFY_OK(written);
    QVERIFY(*written);

    const QList<OutboxMessage> written_ = rows(books->db());
    QCOMPARE(written_.size(), 3);
    const QString sentence = QStringLiteral("Your deposit of $1,000.00 was successful. Your new balance is $5,000.00.");
    const OutboxMessage *email = onChannel(written_, OutboxChannel::Email);
    QVERIFY(email);
    QCOMPARE(email->recipient, QStringLiteral("ada@example.com"));
    QCOMPARE(email->subject, QStringLiteral("Deposit received"));
    QCOMPARE(email->bodyText,
        QStringLiteral("Dear Ada Lovelace,\n\n") + sentence + QStringLiteral("\n\nKind regards\nYour Ledgerdesk team\n"));
    QVERIFY2(email->bodyHtml.contains(QStringLiteral("<p>") + sentence + QStringLiteral("</p>")), qPrintable(email->bodyHtml));
    QVERIFY(email->bodyHtml.contains(QLatin1String("<p>Dear Ada Lovelace,</p>")));
    QVERIFY(email->bodyHtml.contains(QLatin1String("<html lang=\"en\">")));
    for (OutboxChannel channel : {OutboxChannel::Sms, OutboxChannel::WhatsApp}) {
        const OutboxMessage *text = onChannel(written_, channel);
        QVERIFY(text);
        QCOMPARE(text->recipient, QStringLiteral("+4915112345678"));
        QCOMPARE(text->bodyText, sentence);
        QCOMPARE(text->subject, QString());
        QCOMPARE(text->bodyHtml, QString());
    }
    QStringList ids;
    for (const OutboxMessage &row : written_) {
        QCOMPARE(row.status, OutboxStatus::Pending);
        QCOMPARE(row.attempts, 0);
        QCOMPARE(row.nextAttemptAtMs, now);
        QCOMPARE(row.createdAtMs, now);
        QCOMPARE(row.sentAtMs, 0);
        QCOMPARE(row.templateName, QStringLiteral("deposit"));
        QCOMPARE(row.clientId, QStringLiteral("client-ada"));
        QCOMPARE(row.sourceMessageId, QStringLiteral("msg-1"));
        QCOMPARE(row.id.size(), 26);
        ids << row.id;
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 3);
}

void TestOutboxWriter::withdrawal_inEnglish_usesTheDesignWording()
{
    LD_OPEN_BOOKS(books, testBooks());
    LD_VERIFY_OK(
        OutboxWriter().write(books->db(), client(QStringLiteral("en_US"), {QStringLiteral("sms"), QStringLiteral("email")}),
            QStringLiteral("withdrawal"), money(QStringLiteral("500.00"), QStringLiteral("4500.00")), {}, now));
    const QList<OutboxMessage> written = rows(books->db());
    QCOMPARE(written.size(), 2);
    const QString sentence = QStringLiteral("Alert: $500.00 withdrawn from your account. Available balance: $4,500.00.");
    QCOMPARE(onChannel(written, OutboxChannel::Sms)->bodyText, sentence);
    QVERIFY(onChannel(written, OutboxChannel::Email)->bodyText.contains(sentence));
    QCOMPARE(onChannel(written, OutboxChannel::Email)->subject, QStringLiteral("Withdrawal from your account"));
    QCOMPARE(onChannel(written, OutboxChannel::Email)->sourceMessageId, QString());
}

void TestOutboxWriter::deposit_inGerman_isWrittenInGermanWithGermanAmounts()
{
    LD_OPEN_BOOKS(books, testBooks());
    LD_VERIFY_OK(OutboxWriter().write(books->db(), client(QStringLiteral("de_DE"), everyChannel), QStringLiteral("deposit"),
        money(QStringLiteral("1000.00"), QStringLiteral("5000.00"), QStringLiteral("EUR")), QStringLiteral("msg-2"), now));
    const QList<OutboxMessage> written = rows(books->db());
    QCOMPARE(written.size(), 3);
    const QLocale german(QStringLiteral("de_DE"));
    const QString amount = Money(100000, QStringLiteral("EUR")).format(german);
    const QString balance = Money(500000, QStringLiteral("EUR")).format(german);
    QVERIFY2(amount.startsWith(QLatin1String("1.000,00")) && amount.endsWith(QStringLiteral("€")), qPrintable(amount));
    const QString sentence
        = QStringLiteral("Ihre Einzahlung von %1 war erfolgreich. Ihr neuer Kontostand beträgt %2.").arg(amount, balance);
    QCOMPARE(onChannel(written, OutboxChannel::Sms)->bodyText, sentence);
    QCOMPARE(onChannel(written, OutboxChannel::WhatsApp)->bodyText, sentence);
    const OutboxMessage *email = onChannel(written, OutboxChannel::Email);
    QCOMPARE(email->subject, QStringLiteral("Einzahlung eingegangen"));
    QCOMPARE(email->bodyText,
        QStringLiteral("Guten Tag Ada Lovelace,\n\n") + sentence
            + QStringLiteral("\n\nMit freundlichen Grüßen\nIhr Ledgerdesk-Team\n"));
    QVERIFY(email->bodyHtml.contains(QLatin1String("<html lang=\"de\">")));
    QVERIFY(email->bodyHtml.contains(QStringLiteral("Mit freundlichen Grüßen")));
}

void TestOutboxWriter::everyTemplate_hasASubjectAndTheNameInBothLanguages_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("textContains");

    const QJsonObject transfer {{QStringLiteral("amount"), QStringLiteral("200.00")},
        {QStringLiteral("balance"), QStringLiteral("800.00")}, {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("counterparty"), QStringLiteral("Grace Hopper")}};
    const QJsonObject updated {{QStringLiteral("changes"),
        QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("last_name")},
            {QStringLiteral("before"), QStringLiteral("Byron")}, {QStringLiteral("after"), QStringLiteral("Lovelace")}}}}};
    QTest::newRow("client_created en") << "client_created"
                                       << "en_US" << QJsonObject() << "Welcome to Ledgerdesk"
                                       << "Welcome to Ledgerdesk, Ada! Your client profile has been created.";
    QTest::newRow("client_created de") << "client_created"
                                       << "de_DE" << QJsonObject() << "Willkommen bei Ledgerdesk"
                                       << "Willkommen bei Ledgerdesk, Ada! Ihr Kundenprofil wurde angelegt.";
    QTest::newRow("client_updated en") << "client_updated"
                                       << "en_US" << updated << "Your profile was updated"
                                       << "Your Ledgerdesk profile was updated (Last name).";
    QTest::newRow("client_updated de") << "client_updated"
                                       << "de_DE" << updated << "Ihr Profil wurde geändert"
                                       << "Ihr Ledgerdesk-Profil wurde geändert (Nachname).";
    QTest::newRow("client_deleted en") << "client_deleted"
                                       << "en_US" << QJsonObject() << "Your profile was deleted"
                                       << "Your Ledgerdesk profile was deleted.";
    QTest::newRow("client_deleted de") << "client_deleted"
                                       << "de_DE" << QJsonObject() << "Ihr Profil wurde gelöscht"
                                       << "Ihr Ledgerdesk-Profil wurde gelöscht.";
    QTest::newRow("deposit en") << "deposit"
                                << "en_US" << money("10.00", "15.50") << "Deposit received"
                                << "Your deposit of $10.00 was successful. Your new balance is $15.50.";
    QTest::newRow("withdrawal de") << "withdrawal"
                                   << "de_DE" << money("10.00", "15.50") << "Abhebung von Ihrem Konto"
                                   << "Hinweis: 10,00";
    QTest::newRow("transfer_out en") << "transfer_out"
                                     << "en_US" << transfer << "Transfer sent"
                                     << "You sent $200.00 to Grace Hopper. Your new balance is $800.00.";
    QTest::newRow("transfer_out de") << "transfer_out"
                                     << "de_DE" << transfer << "Überweisung ausgeführt"
                                     << " an Grace Hopper überwiesen.";
    QTest::newRow("transfer_in en") << "transfer_in"
                                    << "en_US" << transfer << "Transfer received"
                                    << "You received $200.00 from Grace Hopper. Your new balance is $800.00.";
    QTest::newRow("transfer_in de") << "transfer_in"
                                    << "de_DE" << transfer << "Überweisung erhalten"
                                    << " von Grace Hopper erhalten.";
}

void TestOutboxWriter::everyTemplate_hasASubjectAndTheNameInBothLanguages()
{
    QFETCH(QString, templateName);
    QFETCH(QString, locale);
    QFETCH(QJsonObject, values);
    QFETCH(QString, subject);
    QFETCH(QString, textContains);
    Books *books = bookForDataRows();
    QVERIFY2(books, testBooks().lastError().constData());
    LD_VERIFY_OK(OutboxWriter().write(
        books->db(), client(locale, {QStringLiteral("email"), QStringLiteral("sms")}), templateName, values, dataTag(), now));
    const QList<OutboxMessage> written = rows(books->db(), dataTag());
    QCOMPARE(written.size(), 2);
    const OutboxMessage *email = onChannel(written, OutboxChannel::Email);
    QCOMPARE(email->subject, subject);
    QVERIFY2(email->bodyText.contains(QLatin1String("Ada Lovelace,")), qPrintable(email->bodyText));
    QVERIFY2(email->bodyHtml.contains(QLatin1String("Ada Lovelace,")), qPrintable(email->bodyHtml));
    QCOMPARE(email->templateName, templateName);
    const OutboxMessage *sms = onChannel(written, OutboxChannel::Sms);
    QVERIFY2(sms->bodyText.contains(textContains), qPrintable(sms->bodyText));
    QVERIFY2(sms->bodyText.size() <= 160 * 2, qPrintable(sms->bodyText));
}

void TestOutboxWriter::otherOrMissingLocale_isWrittenInEnglishWithItsOwnNumbers_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("numbersLike");
    QTest::newRow("French") << "fr_FR"
                            << "fr_FR";
    QTest::newRow("none") << ""
                          << "en_US";
    QTest::newRow("unknown") << "xx_YY"
                             << "en_US";
}

void TestOutboxWriter::otherOrMissingLocale_isWrittenInEnglishWithItsOwnNumbers()
{
    QFETCH(QString, locale);
    QFETCH(QString, numbersLike);
    Books *books = bookForDataRows();
    QVERIFY2(books, testBooks().lastError().constData());
    LD_VERIFY_OK(OutboxWriter().write(books->db(), client(locale, {QStringLiteral("sms")}), QStringLiteral("deposit"),
        money(QStringLiteral("1234.50"), QStringLiteral("1234.50")), dataTag(), now));
    const QString amount = Money(123450, QStringLiteral("USD")).format(QLocale(numbersLike));
    QCOMPARE(rows(books->db(), dataTag()).value(0).bodyText,
        QStringLiteral("Your deposit of %1 was successful. Your new balance is %1.").arg(amount));
}

void TestOutboxWriter::withdrawal_inGerman_takesEachPartsOwnTranslation_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("Germany") << "de_DE";
    QTest::newRow("Austria") << "de_AT";
    QTest::newRow("Switzerland") << "de_CH";
}

// The English e-mail body and SMS of a withdrawal are the same sentence; German says them differently.
void TestOutboxWriter::withdrawal_inGerman_takesEachPartsOwnTranslation()
{
    QFETCH(QString, locale);
    Books *books = bookForDataRows();
    QVERIFY2(books, testBooks().lastError().constData());
    LD_VERIFY_OK(OutboxWriter().write(books->db(), client(locale, {QStringLiteral("email"), QStringLiteral("sms")}),
        QStringLiteral("withdrawal"), money(QStringLiteral("1234.50"), QStringLiteral("20000.00"), QStringLiteral("EUR")),
        dataTag(), now));
    const QList<OutboxMessage> written = rows(books->db(), dataTag());
    const QString amount = Money(123450, QStringLiteral("EUR")).format(QLocale(locale));
    const QString balance = Money(2000000, QStringLiteral("EUR")).format(QLocale(locale));
    const OutboxMessage *email = onChannel(written, OutboxChannel::Email);
    QVERIFY(email);
    QCOMPARE(email->subject, QStringLiteral("Abhebung von Ihrem Konto"));
    QCOMPARE(email->bodyText,
        QStringLiteral("Guten Tag Ada Lovelace,\n\nIhre Abhebung von %1 wurde ausgeführt. Verfügbarer Kontostand: %2.\n\n"
                       "Mit freundlichen Grüßen\nIhr Ledgerdesk-Team\n")
            .arg(amount, balance));
    QVERIFY2(email->bodyHtml.contains(QLatin1String("<html lang=\"de\">")), qPrintable(email->bodyHtml));
    QCOMPARE(onChannel(written, OutboxChannel::Sms)->bodyText,
        QStringLiteral("Hinweis: %1 wurden von Ihrem Konto abgehoben. Verfügbarer Kontostand: %2.").arg(amount, balance));
}

void TestOutboxWriter::clientUpdated_inGerman_namesTheFieldsAndEmptyValuesInGerman()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QJsonObject values {{QStringLiteral("changes"),
        QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("first_name")},
                        {QStringLiteral("before"), QStringLiteral("Augusta")}, {QStringLiteral("after"), QStringLiteral("Ada")}},
            QJsonObject {{QStringLiteral("field"), QStringLiteral("phone")}, {QStringLiteral("before"), QString()},
                {QStringLiteral("after"), QStringLiteral("+4915112345678")}}}}};
    LD_VERIFY_OK(OutboxWriter().write(books->db(), client(QStringLiteral("de_DE"), everyChannel),
        QStringLiteral("client_updated"), values, QStringLiteral("msg-de"), now));
    const QList<OutboxMessage> written = rows(books->db());
    const OutboxMessage *email = onChannel(written, OutboxChannel::Email);
    QVERIFY(email);
    QCOMPARE(email->subject, QStringLiteral("Ihr Profil wurde geändert"));
    QCOMPARE(email->bodyText,
        QStringLiteral("Guten Tag Ada Lovelace,\n\nIhre Profilangaben wurden wie folgt geändert:\n"
                       "- Vorname: Augusta → Ada\n"
                       "- Telefonnummer: (leer) → +4915112345678\n\nMit freundlichen Grüßen\nIhr Ledgerdesk-Team\n"));
    QVERIFY2(email->bodyHtml.contains(QLatin1String("<li>Vorname: Augusta &rarr; Ada</li>")), qPrintable(email->bodyHtml));
    QCOMPARE(onChannel(written, OutboxChannel::WhatsApp)->bodyText,
        QStringLiteral("Ihr Ledgerdesk-Profil wurde geändert (Vorname, Telefonnummer). Falls Sie das nicht veranlasst haben, "
                       "wenden Sie sich bitte an uns."));
}

void TestOutboxWriter::frenchClient_getsTheEnglishEmailWithFrenchNumbers()
{
    LD_OPEN_BOOKS(books, testBooks());
    LD_VERIFY_OK(OutboxWriter().write(books->db(), client(QStringLiteral("fr_FR"), {QStringLiteral("email")}),
        QStringLiteral("transfer_out"), money(QStringLiteral("1234.50"), QStringLiteral("20000.00"), QStringLiteral("EUR")), {},
        now));
    const QLocale french(QStringLiteral("fr_FR"));
    const QString amount = Money(123450, QStringLiteral("EUR")).format(french);
    const QString balance = Money(2000000, QStringLiteral("EUR")).format(french);
    QVERIFY2(amount != Money(123450, QStringLiteral("EUR")).format(QLocale(QStringLiteral("en_US"))), qPrintable(amount));
    const OutboxMessage email = rows(books->db()).value(0);
    QCOMPARE(email.subject, QStringLiteral("Transfer sent"));
    QCOMPARE(email.bodyText,
        QStringLiteral("Dear Ada Lovelace,\n\nYou sent %1 to another account. Your new balance is %2.\n\n"
                       "Kind regards\nYour Ledgerdesk team\n")
            .arg(amount, balance));
    QVERIFY2(email.bodyHtml.contains(QLatin1String("<html lang=\"en\">")), qPrintable(email.bodyHtml));
}

void TestOutboxWriter::catalogue_offersTheLanguagesOfTheTranslationResources()
{
    const NotificationTexts texts;
    const QString prefix = QStringLiteral("ledgerdesk_");
    const QString suffix = QStringLiteral(".qm");
    QStringList files = QDir(QStringLiteral(":/i18n")).entryList({prefix + QLatin1Char('*') + suffix}, QDir::Files);
    for (QString &file : files)
        file = file.mid(prefix.size(), file.size() - prefix.size() - suffix.size());
    files.sort();
    QVERIFY2(files.contains(QLatin1String("de")), qPrintable(files.join(QLatin1Char(' '))));
    QCOMPARE(texts.languages(), files);

    const NotificationTexts::Language austrian = texts.languageFor(QLocale(QStringLiteral("de_AT")));
    QCOMPARE(austrian.code(), QStringLiteral("de"));
    QCOMPARE(austrian.text("Kind regards", "e-mail closing"), QStringLiteral("Mit freundlichen Grüßen"));
    QCOMPARE(austrian.text("A text nobody translated", "test"), QStringLiteral("A text nobody translated"));
    const NotificationTexts::Language french = texts.languageFor(QLocale(QStringLiteral("fr_FR")));
    QCOMPARE(french.code(), QStringLiteral("en"));
    QCOMPARE(french.text("Kind regards", "e-mail closing"), QStringLiteral("Kind regards"));
}

void TestOutboxWriter::clientUpdated_listsEachChangeBeforeAndAfter()
{
    LD_OPEN_BOOKS(books, testBooks());
    const QJsonObject values {{QStringLiteral("changes"),
        QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("email")},
                        {QStringLiteral("before"), QStringLiteral("ada@old.example")},
                        {QStringLiteral("after"), QStringLiteral("ada@example.com")}},
            QJsonObject {{QStringLiteral("field"), QStringLiteral("phone")}, {QStringLiteral("before"), QString()},
                {QStringLiteral("after"), QStringLiteral("+4915112345678")}}}}};
    LD_VERIFY_OK(OutboxWriter().write(books->db(), client(QStringLiteral("en_GB"), everyChannel),
        QStringLiteral("client_updated"), values, QStringLiteral("msg-3"), now));
    const QList<OutboxMessage> written = rows(books->db());
    const OutboxMessage *email = onChannel(written, OutboxChannel::Email);
    QCOMPARE(email->bodyText,
        QStringLiteral("Dear Ada Lovelace,\n\nThe following details of your profile were changed:\n"
                       "- E-mail address: ada@old.example → ada@example.com\n"
                       "- Phone number: (empty) → +4915112345678\n\nKind regards\nYour Ledgerdesk team\n"));
    QVERIFY2(email->bodyHtml.contains(QLatin1String("<li>E-mail address: ada@old.example &rarr; ada@example.com</li>")),
        qPrintable(email->bodyHtml));
    QCOMPARE(onChannel(written, OutboxChannel::WhatsApp)->bodyText,
        QStringLiteral("Your Ledgerdesk profile was updated (E-mail address, Phone number). If you did not ask for this, "
                       "please contact us."));
}

void TestOutboxWriter::transfer_withoutCounterparty_saysAnotherAccount()
{
    LD_OPEN_BOOKS(books, testBooks());
    LD_VERIFY_OK(OutboxWriter().write(books->db(), client(QStringLiteral("en_US"), {QStringLiteral("sms")}),
        QStringLiteral("transfer_in"), money(QStringLiteral("5"), QStringLiteral("5")), {}, now));
    QCOMPARE(rows(books->db()).value(0).bodyText,
        QStringLiteral("You received $5.00 from another account. Your new balance is $5.00."));
}

void TestOutboxWriter::htmlBody_escapesWhatTheClientTyped()
{
    LD_OPEN_BOOKS(books, testBooks());
    Client c = client(QStringLiteral("en_US"), {QStringLiteral("email")});
    c.firstName = QStringLiteral("<script>alert(1)</script>");
    c.lastName = QStringLiteral("O'Brien & \"Co\"");
    const QJsonObject values {{QStringLiteral("amount"), QStringLiteral("1.00")},
        {QStringLiteral("balance"), QStringLiteral("1.00")}, {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("counterparty"), QStringLiteral("<b>Eve</b>")}};
    LD_VERIFY_OK(OutboxWriter().write(books->db(), c, QStringLiteral("transfer_in"), values, {}, now));
    const OutboxMessage row = rows(books->db()).value(0);
    QVERIFY2(!row.bodyHtml.contains(QLatin1String("<script>")), qPrintable(row.bodyHtml));
    QVERIFY2(!row.bodyHtml.contains(QLatin1String("<b>")), qPrintable(row.bodyHtml));
    QVERIFY(row.bodyHtml.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; O'Brien &amp; &quot;Co&quot;")));
    QVERIFY(row.bodyHtml.contains(QLatin1String("&lt;b&gt;Eve&lt;/b&gt;")));
    QVERIFY(row.bodyText.contains(QLatin1String("Dear <script>alert(1)</script> O'Brien & \"Co\",")));
}

void TestOutboxWriter::clientWithoutChannels_writesNothing()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto written = OutboxWriter().write(books->db(), client(QStringLiteral("en_US"), {}), QStringLiteral("deposit"),
        money(QStringLiteral("1.00"), QStringLiteral("1.00")), {}, now);
    LD_VERIFY_OK(written);
    QVERIFY(!*written);
    QCOMPARE(books->count(QStringLiteral("outbox")), 0);
}

void TestOutboxWriter::smsOnly_writesOneRowAndReportsNoEmail()
{
    LD_OPEN_BOOKS(books, testBooks());
    auto written
        = OutboxWriter().write(books->db(), client(QStringLiteral("en_US"), {QStringLiteral("sms"), QStringLiteral("sms")}),
            QStringLiteral("client_deleted"), {}, {}, now);
    LD_VERIFY_OK(written);
    QVERIFY(!*written);
    QCOMPARE(books->count(QStringLiteral("outbox")), 1);
}

void TestOutboxWriter::badValues_areRefusedAndWriteNothing_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("too many decimals")
        << "deposit" << money("12.345", "20.00")
        << "The notification's \"amount\" is not an amount: USD amounts have at most 2 decimal place(s).";
    QTest::newRow("amount as a number") << "deposit" << QJsonObject {{"amount", 12}, {"balance", "20.00"}, {"currency", "USD"}}
                                        << "The notification needs \"amount\" as a decimal string, like \"1000.00\".";
    QTest::newRow("no currency") << "withdrawal" << QJsonObject {{"amount", "1.00"}, {"balance", "2.00"}}
                                 << "The notification's currency \"\" is not supported.";
    QTest::newRow("unknown template") << "loan_party" << QJsonObject() << "There is no notification template \"loan_party\".";
}

void TestOutboxWriter::badValues_areRefusedAndWriteNothing()
{
    QFETCH(QString, templateName);
    QFETCH(QJsonObject, values);
    QFETCH(QString, sentence);
    Books *books = bookForDataRows();
    QVERIFY2(books, testBooks().lastError().constData());
    auto written
        = OutboxWriter().write(books->db(), client(QStringLiteral("en_US"), everyChannel), templateName, values, dataTag(), now);
    LD_VERIFY_ERROR(written, Error::Kind::Validation);
    QCOMPARE(written.error().message, sentence);
    QCOMPARE(books->count(QStringLiteral("outbox")), 0);
}

void TestOutboxWriter::rolledBackChange_leavesNoNotification()
{
    LD_OPEN_BOOKS(books, testBooks());
    {
        TransactionGuard change(books->db());
        QVERIFY(change.isActive());
        LD_VERIFY_OK(OutboxWriter().write(books->db(), client(QStringLiteral("en_US"), everyChannel), QStringLiteral("deposit"),
            money(QStringLiteral("1.00"), QStringLiteral("1.00")), {}, now));
        // The change the notifications report fails later: nothing of it may stay.
    }
    QCOMPARE(books->count(QStringLiteral("outbox")), 0);
    {
        TransactionGuard change(books->db());
        LD_VERIFY_OK(OutboxWriter().write(books->db(), client(QStringLiteral("en_US"), everyChannel), QStringLiteral("deposit"),
            money(QStringLiteral("1.00"), QStringLiteral("1.00")), {}, now));
        LD_VERIFY_OK(change.commit());
    }
    QCOMPARE(books->count(QStringLiteral("outbox")), 3);
}

LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestOutboxWriter)

#include "tst_outboxwriter.moc"
