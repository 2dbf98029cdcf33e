#include "demobook.h"

#include "agents/agentrepository.h"
#include "agents/passwordhasher.h"
#include "commands/commandexecutor.h"
#include "core/ids.h"
#include "core/money.h"
#include "loans/loanrepository.h"
#include "queue/processor.h"
#include "storage/database.h"
#include "storage/transactionguard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::DemoBook)
};

const char *const firstNames[] = {"Amara", "Lukas", "Sofia", "Kwame", "Mei", "Jonas", "Aisha", "Mateo", "Ingrid", "Ravi",
                                  "Chloé", "Tomasz", "Yuki", "Fatima", "Oliver", "Nadia", "Emeka", "Lena", "Diego", "Hana"};
const char *const lastNames[] = {"Okoye", "Schneider", "Rossi", "Mensah", "Zhang", "Berg", "Khan", "García", "Larsen", "Patel",
                                 "Dubois", "Nowak", "Tanaka", "Haddad", "Brown", "Petrova", "Eze", "Fischer", "Silva", "Kim"};
const char *const goalNames[] = {"Emergency fund", "New bicycle", "Holiday in Lisbon", "School fees", "Sewing machine", "Wedding"};
const char *const merchants[] = {"ACME-STORES", "CITY-POWER", "METRO-TRANSIT", "BOOKSHOP-42", "GREEN-GROCER"};
const char *const locales[] = {"en_US", "de_DE", "fr_FR", "en_GB", "es_ES"};
const char *const memos[] = {"Salary", "Market stall takings", "Rent", "School fees", "Savings", "Cash withdrawal at desk",
                             "Supplier payment", "Family support", "Pension", "Utility bill"};

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

QString asciiFold(QString text)
{
    text = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar c : std::as_const(text)) {
        if (c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

} // namespace

const QList<DemoBook::Agent> &DemoBook::agents()
{
    static const QList<Agent> list{
        {"alice", "Alice Moreau", "agent", "alice-demo"},
        {"bruno", "Bruno Okafor", "supervisor", "bruno-demo"},
        {"chen", "Chen Wei", "supervisor", "chen-demo"},
    };
    return list;
}

Result<void> DemoBook::create(int clientCount, const std::function<void(int, int)> &progress)
{
    if (clientCount < 1 || clientCount > 100000)
        return makeError(Error::Kind::Validation, Strings::tr("The demo book needs between 1 and 100000 clients."));
    {
        QSqlQuery query(m_db.connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM clients")) || !query.next())
            return storageError(query, Strings::tr("Could not read the book."));
        if (query.value(0).toLongLong() > 0)
            return makeError(Error::Kind::Conflict, Strings::tr("This book has clients already; a demo book is only made in an empty one."));
    }

    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = Ids::nowMs();
    const qint64 start = now - 42 * dayMs;
    AgentRepository agentRepository(m_db);
    for (const Agent &agent : agents()) {
        Ledgerdesk::Agent row;
        row.id = QString::fromLatin1(agent.id);
        row.displayName = QString::fromUtf8(agent.name);
        row.role = roleFromName(QString::fromLatin1(agent.role));
        row.passwordHash = PasswordHasher::hash(QString::fromLatin1(agent.password));
        if (auto ok = agentRepository.create(row, start); !ok)
            return ok;
    }

    CommandExecutor executor(m_db);
    registerStandardHandlers(executor);
    QRandomGenerator random(20261122u + quint32(clientCount));
    const auto pick = [&random](const auto &array) { return array[random.bounded(int(std::size(array)))]; };
    const auto agentId = [&random]() { return QString::fromLatin1(agents().at(random.bounded(int(agents().size()))).id); };
    const auto apply = [&](const QString &type, const QJsonObject &payload, qint64 at, const QString &agent) -> Result<QJsonObject> {
        return executor.apply(Message::create(type, payload, agent, at));
    };

    struct Wallet
    {
        QString id;
        QString currency;
        qint64 balanceMinor;
    };
    QList<Wallet> wallets;
    QStringList clientIds;
    const int eventsPerClient = 12;
    const int total = clientCount * (eventsPerClient + 1);
    int done = 0;

    for (int i = 0; i < clientCount; ++i) {
        const QString first = QString::fromUtf8(firstNames[(i * 7 + random.bounded(3)) % std::size(firstNames)]);
        const QString last = QString::fromUtf8(lastNames[(i * 3 + random.bounded(5)) % std::size(lastNames)]);
        const bool hasEmail = random.bounded(10) < 9;
        QJsonArray channels;
        if (hasEmail)
            channels.append(QStringLiteral("email"));
        const int phoneChoice = random.bounded(3);
        if (phoneChoice == 1)
            channels.append(QStringLiteral("sms"));
        else if (phoneChoice == 2)
            channels.append(QStringLiteral("whatsapp"));
        const qint64 joined = start + random.bounded(7) * dayMs + random.bounded(int(dayMs / 2));
        const QString clientId = QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        auto created = apply(QStringLiteral("CLIENT_CREATE"),
                             {{QStringLiteral("client_id"), clientId},
                              {QStringLiteral("first_name"), first},
                              {QStringLiteral("last_name"), last},
                              {QStringLiteral("email"), hasEmail ? QStringLiteral("%1.%2%3@example.com").arg(asciiFold(first), asciiFold(last)).arg(i + 1) : QString()},
                              {QStringLiteral("phone"), QStringLiteral("+1415555%1").arg(1000 + i, 4, 10, QLatin1Char('0'))},
                              {QStringLiteral("channels"), channels},
                              {QStringLiteral("locale"), QString::fromLatin1(pick(locales))}},
                             joined, agentId());
        if (!created)
            return created.error();
        clientIds << clientId;
        QStringList currencies{QStringLiteral("USD")};
        if (random.bounded(4) == 0)
            currencies << QStringLiteral("EUR");
        for (const QString &currency : std::as_const(currencies)) {
            const QString walletId = QStringLiteral("W%1-%2").arg(i + 1, 5, 10, QLatin1Char('0')).arg(currency);
            auto opened = apply(QStringLiteral("WALLET_OPEN"),
                                {{QStringLiteral("wallet_id"), walletId}, {QStringLiteral("client_id"), clientId},
                                 {QStringLiteral("currency"), currency}},
                                joined + 60000, agentId());
            if (!opened)
                return opened.error();
            const qint64 opening = (random.bounded(4000) + 500) * 100; // 500.00 to 4,499.00
            auto deposited = apply(QStringLiteral("DEPOSIT"),
                                   {{QStringLiteral("wallet_id"), walletId},
                                    {QStringLiteral("amount"), Money(opening, currency).toDecimalString()},
                                    {QStringLiteral("memo"), Strings::tr("Opening deposit")}},
                                   joined + 120000, agentId());
            if (!deposited)
                return deposited.error();
            wallets.append({walletId, currency, opening});
        }
        if (progress)
            progress(++done, total);
    }

    // Six weeks of everyday work, in time order.
    QList<qint64> times;
    for (int i = 0; i < clientCount * eventsPerClient; ++i)
        times << start + 7 * dayMs + qint64(random.generateDouble() * double(now - start - 7 * dayMs - 60000));
    std::sort(times.begin(), times.end());
    for (qint64 at : std::as_const(times)) {
        Wallet &wallet = wallets[random.bounded(int(wallets.size()))];
        const int kind = random.bounded(100);
        Result<QJsonObject> outcome = QJsonObject();
        if (kind < 45) {
            const qint64 amount = (random.bounded(900) + 10) * 100 + random.bounded(100);
            outcome = apply(QStringLiteral("DEPOSIT"),
                            {{QStringLiteral("wallet_id"), wallet.id},
                             {QStringLiteral("amount"), Money(amount, wallet.currency).toDecimalString()},
                             {QStringLiteral("memo"), QString::fromLatin1(pick(memos))}},
                            at, agentId());
            if (outcome)
                wallet.balanceMinor += amount;
        } else if (kind < 75 && wallet.balanceMinor > 1000) {
            const qint64 amount = random.bounded(qint64(wallet.balanceMinor / 2)) + 100;
            outcome = apply(QStringLiteral("WITHDRAW"),
                            {{QStringLiteral("wallet_id"), wallet.id},
                             {QStringLiteral("amount"), Money(amount, wallet.currency).toDecimalString()},
                             {QStringLiteral("memo"), QString::fromLatin1(pick(memos))}},
                            at, agentId());
            if (outcome)
                wallet.balanceMinor -= amount;
        } else if (kind < 88 && wallet.balanceMinor > 1000) {
            Wallet &other = wallets[random.bounded(int(wallets.size()))];
            if (other.id == wallet.id || other.currency != wallet.currency)
                continue;
            const qint64 amount = random.bounded(qint64(wallet.balanceMinor / 3)) + 100;
            outcome = apply(QStringLiteral("TRANSFER"),
                            {{QStringLiteral("from_wallet_id"), wallet.id},
                             {QStringLiteral("to_wallet_id"), other.id},
                             {QStringLiteral("amount"), Money(amount, wallet.currency).toDecimalString()},
                             {QStringLiteral("memo"), QString::fromLatin1(pick(memos))}},
                            at, agentId());
            if (outcome) {
                wallet.balanceMinor -= amount;
                other.balanceMinor += amount;
            }
        } else if (kind < 94) {
            outcome = apply(QStringLiteral("CLIENT_READ"), {{QStringLiteral("client_id"), clientIds.at(random.bounded(int(clientIds.size())))}},
                            at, agentId());
        } else {
            const int index = random.bounded(int(clientIds.size()));
            outcome = apply(QStringLiteral("CLIENT_UPDATE"),
                            {{QStringLiteral("client_id"), clientIds.at(index)},
                             {QStringLiteral("changes"),
                              QJsonObject{{QStringLiteral("phone"),
                                           QStringLiteral("+1415666%1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'))}}}},
                            at, agentId());
        }
        if (!outcome)
            return outcome.error();
        if (progress && (++done % 50 == 0 || done == total))
            progress(done, total);
    }

    // The last week: savings goals, loans and payments for the first wallets, applied through the
    // queue like everything else, so their sagas run to their ends (a few loans stay pending).
    const qint64 lastWeek = now - 7 * dayMs;
    const int productWallets = std::min(int(wallets.size()), 12);
    for (int k = 0; k < productWallets; ++k) {
        const Wallet &wallet = wallets.at(k);
        const qint64 at = lastWeek + k * (dayMs / 4);
        if (k < 8 && wallet.balanceMinor >= 10000) {
            const QString goalId = QStringLiteral("G%1").arg(k + 1, 5, 10, QLatin1Char('0'));
            const qint64 saved = (wallet.balanceMinor / 4) / 100 * 100;
            const qint64 target = k % 3 == 0 ? saved : saved * (2 + k % 3);
            auto created = apply(QStringLiteral("GOAL_CREATE"),
                                 {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("wallet_id"), wallet.id},
                                  {QStringLiteral("name"), QString::fromLatin1(goalNames[k % std::size(goalNames)])},
                                  {QStringLiteral("target"), Money(target, wallet.currency).toDecimalString()}},
                                 at, agentId());
            if (!created)
                return created.error();
            auto added = apply(QStringLiteral("GOAL_ADD"),
                               {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("amount"), Money(saved, wallet.currency).toDecimalString()}},
                               at + 3600000, agentId());
            if (!added)
                return added.error();
        }
        const QString applicant = k % 2 == 0 ? QStringLiteral("alice") : QStringLiteral("bruno");
        const QString loanId = QStringLiteral("L%1").arg(k + 1, 5, 10, QLatin1Char('0'));
        const int terms[] = {6, 12, 18, 24, 36};
        auto applied = apply(QStringLiteral("LOAN_APPLY"),
                             {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("wallet_id"), wallet.id},
                              {QStringLiteral("amount"), Money((k + 2) * 25000, wallet.currency).toDecimalString()},
                              {QStringLiteral("term_months"), terms[k % 5]}},
                             at + 2 * 3600000, applicant);
        if (!applied)
            return applied.error();
        if (k % 5 == 4) {
            auto rejected = apply(QStringLiteral("LOAN_REJECT"),
                                  {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("reason"), Strings::tr("Income could not be verified.")}},
                                  at + 5 * 3600000, QStringLiteral("chen"));
            if (!rejected)
                return rejected.error();
        } else if (k % 5 != 3) {
            auto approved = apply(QStringLiteral("LOAN_APPROVE"), {{QStringLiteral("loan_id"), loanId}}, at + 5 * 3600000, QStringLiteral("chen"));
            if (!approved)
                return approved.error();
        }
        const qint64 payment = k % 6 == 5 ? wallet.balanceMinor * 3 : (random.bounded(200) + 5) * 100 + random.bounded(100);
        auto paid = apply(QStringLiteral("PAYMENT_REQUEST"),
                          {{QStringLiteral("payment_id"), QStringLiteral("P%1").arg(k + 1, 5, 10, QLatin1Char('0'))},
                           {QStringLiteral("wallet_id"), wallet.id}, {QStringLiteral("merchant_id"), QString::fromLatin1(pick(merchants))},
                           {QStringLiteral("amount"), Money(payment, wallet.currency).toDecimalString()}},
                          at + 6 * 3600000, agentId());
        if (!paid)
            return paid.error();
    }
    Processor processor(m_db, executor);
    if (auto drained = processor.drainAll(); !drained)
        return drained.error();
    for (int k = 0; k < productWallets; k += 3) {
        const QString loanId = QStringLiteral("L%1").arg(k + 1, 5, 10, QLatin1Char('0'));
        auto loan = LoanRepository(m_db).find(loanId);
        if (!loan || loan->status != LoanStatus::Approved)
            continue;
        auto repaid = apply(QStringLiteral("LOAN_REPAY"),
                            {{QStringLiteral("loan_id"), loanId},
                             {QStringLiteral("amount"), Money(loan->monthlyPaymentMinor, loan->currency).toDecimalString()}},
                            now - dayMs, QStringLiteral("alice"));
        if (!repaid)
            return repaid.error();
    }
    if (auto drained = processor.drainAll(); !drained)
        return drained.error();
    return transaction.commit();
}

} // namespace Ledgerdesk
