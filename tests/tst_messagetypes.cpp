#include "engine/engine.h"
#include "ledger/ledgermessages.h"
#include "loans/loanmessages.h"
#include "notify/outboxwriter.h"
#include "support/backendtest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Ledgerdesk;

namespace {

// The files of model/, views/ and app/ whose code (comments left out) spells `literal` ("DEPOSIT" with
// its quotes), relative to the source tree.
QStringList filesSpelling(const QString &literal)
{
    const QDir root(QStringLiteral(LEDGERDESK_SOURCE_DIR));
    QStringList found;
    for (const QString &folder : {QStringLiteral("model"), QStringLiteral("views"), QStringLiteral("app")}) {
        QDirIterator it(
            root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            static const QRegularExpression comment(QStringLiteral("(^|\\s)//.*$"), QRegularExpression::MultilineOption);
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()).remove(comment).contains(literal))
                found << root.relativeFilePath(path);
        }
    }
    return found;
}

// The text of every .h and .cpp file under `folder` of the source tree, one after another.
QString sourcesUnder(const QString &folder)
{
    QString text;
    QDirIterator it(QDir(QStringLiteral(LEDGERDESK_SOURCE_DIR)).filePath(folder),
        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
    }
    return text;
}

const MessageType *declared(const QList<MessageType> &types, const QString &name)
{
    for (const MessageType &type : types) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

} // namespace

class TestMessageTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyType_isDeclaredOnceWithAHandler();
    void everyAgentCommand_hasAnOutcomeSentence();
    void everyTypeName_isSpeltInOnePlace();
    void payloadCheck_namesTheBadField_data();
    void payloadCheck_namesTheBadField();
    void outcome_isWrittenForPeople();
    void optionalField_leftBlank_isAbsent();
    void declaredNotifications_areTheWritersTemplates();
    void everyRecordedVerb_isOfferedByTheActivityFilter();
};

void TestMessageTypes::everyType_isDeclaredOnceWithAHandler()
{
    const QList<MessageType> types = Engine::messageTypes();
    QVERIFY2(types.size() >= 30, qPrintable(QStringLiteral("only %1 message types are declared").arg(types.size())));
    QSet<QString> names;
    for (const MessageType &type : types) {
        QVERIFY2(!names.contains(type.name), qPrintable(type.name + QStringLiteral(" is declared twice")));
        names.insert(type.name);
        QVERIFY2(bool(type.handle), qPrintable(type.name + QStringLiteral(" has no handler")));
    }
}

void TestMessageTypes::everyAgentCommand_hasAnOutcomeSentence()
{
    // Reading a profile is recorded silently; every other command an agent sends tells them how it went.
    for (const MessageType &type : Engine::messageTypes()) {
        if (type.permission == Permission::System || type.name == QStringLiteral("CLIENT_READ")
            || type.name == QStringLiteral("TRANSACTION_INGEST"))
            continue;
        QVERIFY2(bool(type.outcome), qPrintable(type.name + QStringLiteral(" tells the agent nothing when it is applied")));
    }
}

void TestMessageTypes::everyTypeName_isSpeltInOnePlace()
{
    // Entry kinds of the journal share some spellings ("DEPOSIT", "TRANSFER") and are other names.
    const QString entryKinds = QStringLiteral("model/ledger/journal.cpp");
    for (const MessageType &type : Engine::messageTypes()) {
        QStringList files = filesSpelling(QLatin1Char('"') + type.name + QLatin1Char('"'));
        files.removeAll(entryKinds);
        QVERIFY2(files.size() == 1,
            qPrintable(QStringLiteral("\"%1\" is spelt in %2 files: %3")
                           .arg(type.name)
                           .arg(files.size())
                           .arg(files.join(QStringLiteral(", ")))));
        QVERIFY2(files.first().endsWith(QLatin1String("messages.h")),
            qPrintable(QStringLiteral("\"%1\" is spelt in %2, not in its area's messages.h").arg(type.name, files.first())));
    }
}

void TestMessageTypes::payloadCheck_namesTheBadField_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("sentencePart");

    QTest::newRow("amount in letters") << LedgerMessages::deposit << QByteArray(R"({"wallet_id": "W1", "amount": "abc"})")
                                       << "amount"
                                       << "The field \"amount\": \"abc\" is not an amount";
    QTest::newRow("amount as a number") << LedgerMessages::withdraw << QByteArray(R"({"wallet_id": "W1", "amount": 12})")
                                        << "amount"
                                        << "The field \"amount\" must be text.";
    QTest::newRow("zero amount") << LedgerMessages::deposit << QByteArray(R"({"wallet_id": "W1", "amount": "0.00"})") << "amount"
                                 << "more than zero";
    QTest::newRow("no wallet") << LedgerMessages::deposit << QByteArray(R"({"amount": "1.00"})") << "wallet_id"
                               << "The field \"wallet_id\" is missing.";
    QTest::newRow("blank wallet") << LedgerMessages::transfer
                                  << QByteArray(R"({"from_wallet_id": " ", "to_wallet_id": "W2", "amount": "1.00"})")
                                  << "from_wallet_id"
                                  << "The field \"from_wallet_id\" is empty.";
    QTest::newRow("more decimals than any currency")
        << LedgerMessages::deposit << QByteArray(R"({"wallet_id": "W1", "amount": "1.0001"})") << "amount"
        << "more decimal places than any currency allows";
    QTest::newRow("unknown currency for a wallet")
        << QStringLiteral("WALLET_OPEN") << QByteArray(R"({"client_id": "C1", "currency": "XYZ"})") << "currency"
        << "The currency \"XYZ\" is not supported.";
    QTest::newRow("term beyond 360 months") << LoanMessages::apply
                                            << QByteArray(R"({"wallet_id": "W1", "amount": "100.00", "term_months": 361})")
                                            << "term_months"
                                            << "The term must be between 1 and 360 months.";
    QTest::newRow("client without a name") << QStringLiteral("CLIENT_CREATE")
                                           << QByteArray(R"({"last_name": "Moreau", "email": "a@example.com"})") << "first_name"
                                           << "first name";
    QTest::newRow("client name with a line break")
        << QStringLiteral("CLIENT_CREATE")
        << QByteArray(R"({"first_name": "Ada", "last_name": "Moreau\r\nBcc: all", "email": "a@example.com"})") << "last_name"
        << "control character";
    QTest::newRow("memo with a line break") << LedgerMessages::deposit
                                            << QByteArray(
                                                   R"({"wallet_id": "W1", "amount": "1.00", "memo": "cash\nPAID IN FULL"})")
                                            << "memo"
                                            << "line break or another control character";
    QTest::newRow("memo with an escape sequence")
        << LedgerMessages::deposit << QByteArray(R"({"wallet_id": "W1", "amount": "1.00", "memo": "\u001b[31mred"})") << "memo"
        << "control character";
    QTest::newRow("memo too long") << LedgerMessages::deposit
                                   << (R"({"wallet_id": "W1", "amount": "1.00", "memo": ")" + QByteArray(201, 'm') + R"("})")
                                   << "memo"
                                   << "at most 200 characters";
    QTest::newRow("ingest with a bad currency")
        << QStringLiteral("TRANSACTION_INGEST")
        << QByteArray(
               R"({"transaction_id": "t1", "source_account": "a", "destination_account": "b", "amount": "1.00", "currency": "XYZ"})")
        << "currency"
        << "currency";
}

void TestMessageTypes::payloadCheck_namesTheBadField()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, payload);
    QFETCH(QString, field);
    QFETCH(QString, sentencePart);

    const QList<MessageType> types = Engine::messageTypes();
    const MessageType *declaration = declared(types, type);
    QVERIFY(declaration);
    const auto checked = declaration->checkPayload(QJsonDocument::fromJson(payload).object());
    QVERIFY2(!checked, "a bad payload passed its type's check");
    QCOMPARE(checked.error().kind, Error::Kind::Validation);
    QCOMPARE(checked.error().detail, field);
    QVERIFY2(checked.error().message.contains(sentencePart), qPrintable(checked.error().message));
}

void TestMessageTypes::outcome_isWrittenForPeople()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QList<MessageType> types = Engine::messageTypes();
    const MessageType *deposit = declared(types, LedgerMessages::deposit);
    QVERIFY(deposit && deposit->outcome);
    QCOMPARE(deposit->outcome({{QStringLiteral("amount"), QStringLiteral("1000.00")},
                 {QStringLiteral("balance"), QStringLiteral("5000.00")}, {QStringLiteral("currency"), QStringLiteral("USD")}}),
        QStringLiteral("Deposit of $1,000.00 applied. New balance: $5,000.00."));
}

void TestMessageTypes::optionalField_leftBlank_isAbsent()
{
    // The window sends a rejection's reason as typed, which may be nothing.
    const QList<MessageType> types = Engine::messageTypes();
    const MessageType *reject = declared(types, LoanMessages::reject);
    QVERIFY(reject);
    const auto checked = reject->checkPayload(
        {{QStringLiteral("loan_id"), QStringLiteral("L-1")}, {QStringLiteral("reason"), QStringLiteral("  ")}});
    QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
    const MessageType *deposit = declared(types, LedgerMessages::deposit);
    QVERIFY(deposit);
    QVERIFY(deposit->checkPayload({{QStringLiteral("wallet_id"), QStringLiteral("W1")},
        {QStringLiteral("amount"), QStringLiteral("1.00")}, {QStringLiteral("memo"), QString()}}));
}

void TestMessageTypes::declaredNotifications_areTheWritersTemplates()
{
    const QStringList templates = OutboxWriter::templateNames();
    QVERIFY(templates.size() >= 15);
    QStringList declaredTemplates;
    for (const MessageType &type : Engine::messageTypes()) {
        for (const QString &name : type.notifications) {
            QVERIFY2(templates.contains(name),
                qPrintable(QStringLiteral("%1 owes \"%2\", which has no template").arg(type.name, name)));
            declaredTemplates << name;
        }
    }
    for (const QString &name : templates)
        QVERIFY2(declaredTemplates.contains(name), qPrintable(QStringLiteral("no message type says it writes \"%1\"").arg(name)));
}

void TestMessageTypes::everyRecordedVerb_isOfferedByTheActivityFilter()
{
    // Handlers record actions as "Verb|Entity"; the activity page filters by verb from a list of its own.
    static const QRegularExpression recorded(QStringLiteral("QStringLiteral\\(\"([A-Z][a-z]+)\\|[A-Za-z]+\"\\)"));
    QSet<QString> verbs;
    const QString model = sourcesUnder(QStringLiteral("model"));
    for (auto it = recorded.globalMatch(model); it.hasNext();)
        verbs.insert(it.next().captured(1));
    QVERIFY2(verbs.size() > 10, "the recorded actions were not found in model/");
    QFile page(QDir(QStringLiteral(LEDGERDESK_SOURCE_DIR)).filePath(QStringLiteral("views/activitypage.cpp")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString offered = QString::fromUtf8(page.readAll());
    for (const QString &verb : std::as_const(verbs)) {
        QVERIFY2(offered.contains(QStringLiteral("QT_TR_NOOP(\"%1\"), \"%1\"").arg(verb)),
            qPrintable(QStringLiteral("the activity filter does not offer the action \"%1\"").arg(verb)));
    }
}

LEDGERDESK_TEST_MAIN(TestMessageTypes)

#include "tst_messagetypes.moc"
