#include "core/money.h"
#include "optimiser/debtoptimiser.h"
#include "optimiser/debtsfile.h"
#include "queue/ledgerdeskbinary.h"
#include "support/backendtest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

namespace {

// Card 1,000.00 at 12 % with a 25.00 minimum (paid off in three months on a 500.00 budget: see
// tst_debtoptimiser's "one debt with interest") and Loan 600.00 at 0 % with a 50.00 minimum.
const QByteArray twoDebts = R"({"currency": "USD", "start": "2027-01",
    "debts": [{"name": "Card", "balance": "1000.00", "rate": "12", "minimum": "25.00"},
              {"name": "Loan", "balance": "600.00", "rate": "0", "minimum": "50.00"}]})";

} // namespace

// `ledgerdesk optimise` run as the real executable: its JSON against the model's own plans, the table for
// people, and each refusal as one sentence with exit code 2. It needs no database.
class TestOptimiseCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return {};
        return path;
    }

    static QJsonObject jsonOf(const BinaryRun &run) { return QJsonDocument::fromJson(run.output).object(); }

private Q_SLOTS:
    void json_givesEveryStrategyAsTheModelPlansIt()
    {
        const QString path = writeFile(QStringLiteral("two.json"), twoDebts);
        const BinaryRun run = runLedgerdesk({QStringLiteral("optimise"), QStringLiteral("--debts"), path,
            QStringLiteral("--budget"), QStringLiteral("500.00"), QStringLiteral("--json")});
        QVERIFY2(run.succeeded(), run.describe().constData());
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(json.value(QStringLiteral("start")).toString(), QStringLiteral("2027-01"));
        QCOMPARE(json.value(QStringLiteral("budget")).toString(), QStringLiteral("500.00"));
        QCOMPARE(json.value(QStringLiteral("minimum_only_ends")).toBool(), true);
        const QJsonArray strategies = json.value(QStringLiteral("strategies")).toArray();
        QCOMPARE(strategies.size(), 4);

        PayoffInput input = parseDebtsFile(twoDebts).value();
        input.budgetMinor = 50000;
        const auto expected = DebtOptimiser::compare(input);
        LD_VERIFY_OK(expected);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject strategy = strategies.at(i).toObject();
            const PayoffPlan &plan = expected->plans.at(i);
            const auto amount = [](qint64 minor) { return Money(minor, QStringLiteral("USD")).toDecimalString(); };
            QCOMPARE(strategy.value(QStringLiteral("strategy")).toString(), strategyKey(plan.strategy));
            QCOMPARE(strategy.value(QStringLiteral("ends")).toBool(), true);
            QCOMPARE(strategy.value(QStringLiteral("months")).toInt(), plan.months);
            QCOMPARE(strategy.value(QStringLiteral("debt_free")).toString(), plan.debtFree().toString());
            QCOMPARE(strategy.value(QStringLiteral("total_interest")).toString(), amount(plan.totalInterestMinor));
            QCOMPARE(strategy.value(QStringLiteral("total_paid")).toString(), amount(plan.totalPaidMinor));
            QCOMPARE(strategy.value(QStringLiteral("interest_saved")).toString(), amount(*plan.interestSavedMinor));
            QCOMPARE(strategy.value(QStringLiteral("months_saved")).toInt(), *plan.monthsSaved);
            const QJsonArray debts = strategy.value(QStringLiteral("debts")).toArray();
            QCOMPARE(debts.size(), 2);
            for (int d = 0; d < 2; ++d) {
                const QJsonObject debt = debts.at(d).toObject();
                QCOMPARE(debt.value(QStringLiteral("name")).toString(), plan.debts.at(d).name);
                QCOMPARE(debt.value(QStringLiteral("payoff_month")).toInt(), plan.debts.at(d).payoffMonth);
                QCOMPARE(
                    debt.value(QStringLiteral("payoff")).toString(), plan.monthDate(plan.debts.at(d).payoffMonth).toString());
                QCOMPARE(debt.value(QStringLiteral("interest")).toString(), amount(plan.debts.at(d).interestMinor));
            }
        }
        // Avalanche: Card first (12 % against 0 %).
        //   month 1: Card 1,010.00 - 25.00 - the other 425.00 -> 560.00; Loan 600.00 - 50.00 -> 550.00
        //   month 2: Card 565.60 - 450.00 -> 115.60; Loan 500.00
        //   month 3: Card 115.60 + 1.16 (1.156 rounded) = 116.76, paid off; Loan 450.00 - the 333.24 left -> 116.76
        //   month 4: Loan paid off. Interest 10.00 + 5.60 + 1.16 = 16.76; paid 1,616.76.
        const QJsonObject avalanche = strategies.at(0).toObject();
        QCOMPARE(avalanche.value(QStringLiteral("months")).toInt(), 4);
        QCOMPARE(avalanche.value(QStringLiteral("debt_free")).toString(), QStringLiteral("2027-04"));
        QCOMPARE(avalanche.value(QStringLiteral("total_interest")).toString(), QStringLiteral("16.76"));
        QCOMPARE(avalanche.value(QStringLiteral("total_paid")).toString(), QStringLiteral("1616.76"));
        QCOMPARE(
            avalanche.value(QStringLiteral("debts")).toArray().at(0).toObject().value(QStringLiteral("payoff_month")).toInt(), 3);
    }

    void strategyOption_givesThatPlanOnly_andAcceptsMinimumOnly_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("key");

        QTest::newRow("avalanche") << "avalanche"
                                   << "avalanche";
        QTest::newRow("snowball") << "snowball"
                                  << "snowball";
        QTest::newRow("custom") << "custom"
                                << "custom";
        QTest::newRow("minimum") << "minimum"
                                 << "minimum";
        QTest::newRow("minimum-only") << "minimum-only"
                                      << "minimum";
    }

    void strategyOption_givesThatPlanOnly_andAcceptsMinimumOnly()
    {
        QFETCH(QString, option);
        QFETCH(QString, key);

        const QString path = writeFile(QStringLiteral("two.json"), twoDebts);
        const BinaryRun run = runLedgerdesk({QStringLiteral("optimise"), QStringLiteral("--strategy"), option,
            QStringLiteral("--debts"), path, QStringLiteral("--budget"), QStringLiteral("500"), QStringLiteral("--json")});
        QVERIFY2(run.succeeded(), run.describe().constData());
        const QJsonArray strategies = jsonOf(run).value(QStringLiteral("strategies")).toArray();
        QCOMPARE(strategies.size(), 1);
        QCOMPARE(strategies.first().toObject().value(QStringLiteral("strategy")).toString(), key);
    }

    void neverEndingPlan_isSaidSoInJson_withoutInventedFigures()
    {
        // 1,000.00 at 24 % earns 20.00 a month; its minimum of 10.00 never catches up, but the 100.00 budget does.
        const QString path = writeFile(QStringLiteral("payday.json"), R"({"currency": "USD", "start": "2027-01",
            "debts": [{"name": "Payday", "balance": "1000.00", "rate": "24", "minimum": "10.00"}]})");
        const BinaryRun run = runLedgerdesk({QStringLiteral("optimise"), QStringLiteral("--debts"), path,
            QStringLiteral("--budget"), QStringLiteral("100.00"), QStringLiteral("--json")});
        QVERIFY2(run.succeeded(), run.describe().constData());
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("minimum_only_ends")).toBool(true), false);
        QVERIFY(json.value(QStringLiteral("minimum_only_reason")).toString().contains(QStringLiteral("never ends")));
        const QJsonArray strategies = json.value(QStringLiteral("strategies")).toArray();
        const QJsonObject avalanche = strategies.at(0).toObject();
        QCOMPARE(avalanche.value(QStringLiteral("ends")).toBool(), true);
        QVERIFY(avalanche.value(QStringLiteral("interest_saved")).isNull());
        QVERIFY(avalanche.value(QStringLiteral("months_saved")).isNull());
        const QJsonObject minimum = strategies.at(3).toObject();
        QCOMPARE(minimum.value(QStringLiteral("strategy")).toString(), QStringLiteral("minimum"));
        QCOMPARE(minimum.value(QStringLiteral("ends")).toBool(true), false);
        QCOMPARE(minimum.value(QStringLiteral("reason")).toString(),
            QStringLiteral("In month 1 (2027-01) the payments do not cover the interest: 1000.00 USD was owed before it and "
                           "1010.00 USD after it, so this plan never ends."));
        for (const char *invented : {"months", "debt_free", "total_interest", "total_paid", "interest_saved", "months_saved"})
            QVERIFY2(!minimum.contains(QLatin1String(invented)), invented);
        QVERIFY(
            minimum.value(QStringLiteral("debts")).toArray().first().toObject().value(QStringLiteral("payoff_month")).isNull());
    }

    void table_forPeople_showsEveryStrategyAndEachDebtsPayoff()
    {
        const QString path = writeFile(QStringLiteral("two.json"), twoDebts);
        const BinaryRun run = runLedgerdesk(
            {QStringLiteral("optimise"), QStringLiteral("--debts"), path, QStringLiteral("--budget"), QStringLiteral("500.00")});
        QVERIFY2(run.succeeded(), run.describe().constData());
        const QString text = QString::fromUtf8(run.output);
        QVERIFY2(text.startsWith(
                     QStringLiteral("Debts: 2, owing 1,600.00 USD in all, from 2027-01. Budget: 500.00 a month, of which the "
                                    "minimums take 75.00.")),
            run.output.constData());
        for (const char *expected : {"Avalanche", "Snowball", "Custom order", "Minimum only", "Interest saved", "2027-04",
                 "16.76", "1,616.76", "3 (2027-03), 16.76", "4 (2027-04), 0.00"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        // Minimum only is what the others are measured against: its saved columns stay empty.
        const QString minimumRow = text.section(QLatin1Char('\n'), 6, 6);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^Minimum only .* -\\s+-$")).match(minimumRow).hasMatch(), qPrintable(minimumRow));
    }

    void refusals_sayOneSentenceAndExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("sentence");

        QTest::newRow("budget below the minimums")
            << QStringList {QStringLiteral("--budget"), QStringLiteral("70.00")} << twoDebts
            << "The monthly budget of 70.00 USD is less than the minimum payments, which add up to 75.00 USD.";
        QTest::newRow("a budget that is not an amount") << QStringList {QStringLiteral("--budget"),
            QStringLiteral("lots")} << twoDebts << "--budget: \"lots\" is not an amount; write it like 1234.50.";
        QTest::newRow("no budget") << QStringList {} << twoDebts
                                   << "Give the monthly budget with --budget AMOUNT, like --budget 750.00.";
        QTest::newRow("an unknown strategy")
            << QStringList {QStringLiteral("--budget"), QStringLiteral("500"), QStringLiteral("--strategy"),
                   QStringLiteral("fastest")}
            << twoDebts << "There is no strategy \"fastest\"; choose avalanche, snowball, custom or minimum.";
        QTest::newRow("a malformed debt") << QStringList {QStringLiteral("--budget"), QStringLiteral("500")}
                                          << QByteArray(R"({"currency": "USD", "start": "2027-01", "debts": [
                                                 {"name": "Visa", "balance": "2500.00", "rate": "19.99", "minimum": "-50.00"}]})")
                                          << "Debt \"Visa\", minimum: The amount cannot be negative.";
        QTest::newRow("two debts of one name") << QStringList {QStringLiteral("--budget"), QStringLiteral("500")}
                                               << QByteArray(R"({"currency": "USD", "start": "2027-01", "debts": [
                                                      {"name": "Visa", "balance": "2500.00", "rate": "19.99", "minimum": "50.00"},
                                                      {"name": "VISA", "balance": "100.00", "rate": "9", "minimum": "5.00"}]})")
                                               << "Two debts are called \"VISA\"; give each its own name.";
    }

    void refusals_sayOneSentenceAndExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, file);
        QFETCH(QString, sentence);

        const QString path = writeFile(QStringLiteral("debts.json"), file);
        const BinaryRun run
            = runLedgerdesk(QStringList {QStringLiteral("optimise"), QStringLiteral("--debts"), path} + arguments);
        QVERIFY2(run.finished, run.describe().constData());
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QString::fromUtf8(run.output), QStringLiteral("ledgerdesk: ") + sentence + QLatin1Char('\n'));
    }

    void missingFile_isRefusedNamingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.json"));
        const BinaryRun run = runLedgerdesk(
            {QStringLiteral("optimise"), QStringLiteral("--debts"), path, QStringLiteral("--budget"), QStringLiteral("5")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains("Could not read the file of debts " + path.toUtf8()), run.output.constData());
        const BinaryRun noFile = runLedgerdesk({QStringLiteral("optimise"), QStringLiteral("--budget"), QStringLiteral("5")});
        QCOMPARE(noFile.exitCode, 2);
        QCOMPARE(noFile.output, QByteArray("ledgerdesk: Name the file of debts with --debts FILE.\n"));
    }
};

LEDGERDESK_TEST_MAIN(TestOptimiseCommand)

#include "tst_optimisecommand.moc"
