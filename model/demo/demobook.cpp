#include "demobook.h"

#include "agents/agentrepository.h"
#include "agents/passwordhasher.h"
#include "clients/clientmessages.h"
#include "core/ids.h"
#include "core/money.h"
#include "engine/engine.h"
#include "ledger/ledgermessages.h"
#include "loans/loanmessages.h"
#include "loans/loanrepository.h"
#include "payments/paymentmessages.h"
#include "savings/savingsmessages.h"
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

const char *const firstNames[] = {"Amara", "Lukas", "Sofia", "Kwame", "Mei", "Jonas", "Aisha", "Mateo", "Ingrid", "Ravi", "Chloé",
    "Tomasz", "Yuki", "Fatima", "Oliver", "Nadia", "Emeka", "Lena", "Diego", "Hana"};
const char *const lastNames[] = {"Okoye", "Schneider", "Rossi", "Mensah", "Zhang", "Berg", "Khan", "García", "Larsen", "Patel",
    "Dubois", "Nowak", "Tanaka", "Haddad", "Brown", "Petrova", "Eze", "Fischer", "Silva", "Kim"};
const char *const goalNames[]
    = {"Emergency fund", "New bicycle", "Holiday in Lisbon", "School fees", "Sewing machine", "Wedding"};
const char *const merchants[] = {"ACME-STORES", "CITY-POWER", "METRO-TRANSIT", "BOOKSHOP-42", "GREEN-GROCER"};
const char *const locales[] = {"en_US", "de_DE", "fr_FR", "en_GB", "es_ES"};
const char *const memos[] = {"Salary", "Market stall takings", "Rent", "School fees", "Savings", "Cash withdrawal at desk",
    "Supplier payment", "Family support", "Pension", "Utility bill"};

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
constexpr qint64 hourMs = 3600000;

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

// "C00001", "L00012": the demo's ids, numbered from 1.
QString numbered(QChar prefix, int number)
{
    return prefix + QStringLiteral("%1").arg(number, 5, 10, QLatin1Char('0'));
}

Result<void> requireEmptyBook(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM clients")) || !query.next())
        return storageError(query, Strings::tr("Could not read the book."));
    if (query.value(0).toLongLong() > 0)
        return makeError(
            Error::Kind::Conflict, Strings::tr("This book has clients already; a demo book is only made in an empty one."));
    return {};
}

Result<void> addAgents(Database &db, qint64 at)
{
    AgentRepository repository(db);
    for (const DemoBook::Agent &agent : DemoBook::agents()) {
        Agent row;
        row.id = QString::fromLatin1(agent.id);
        row.displayName = QString::fromUtf8(agent.name);
        row.role = roleFromName(QString::fromLatin1(agent.role));
        row.passwordHash = PasswordHasher::hash(QString::fromLatin1(agent.password));
        if (auto ok = repository.create(row, at); !ok)
            return ok;
    }
    return {};
}

// A wallet as the demo tracks it, to choose amounts it can afford.
struct Wallet
{
    QString id;
    QString currency;
    qint64 balanceMinor;
};

// Writes the clients, their wallets and six weeks of their history through the executor, one step
// after the other, drawing every choice from one generator seeded by the client count: the same
// steps in the same order make the same book. Lives on the stack of DemoBook::create(), inside its
// transaction.
class DemoWriter
{
public:
    DemoWriter(
        Database &db, CommandExecutor &executor, int clientCount, qint64 now, const std::function<void(int, int)> &progress)
        : m_db(db)
        , m_executor(executor)
        , m_random(20261122u + quint32(clientCount))
        , m_clientCount(clientCount)
        , m_now(now)
        , m_start(now - 42 * dayMs)
        , m_total(clientCount * (eventsPerClient + 1))
        , m_progress(progress)
    { }

    // The clients, each with a wallet in dollars (and one in four with another in euros) and an
    // opening deposit, joining in the first week.
    Result<void> addClientsAndWallets();
    // Five weeks of everyday work, in time order: deposits, withdrawals, transfers, look-ups and
    // profile updates.
    Result<void> writeHistory();
    // The last week, for the first wallets: a savings goal, a loan application (approved, rejected or
    // left pending) and a payment to a merchant each.
    Result<void> addProducts();
    // A monthly instalment on every third of those loans that was approved.
    Result<void> repayLoans();

private:
    static constexpr int eventsPerClient = 12;
    static constexpr int productWallets = 12;

    Result<QJsonObject> apply(const QString &type, const QJsonObject &payload, qint64 at, const QString &agent)
    {
        return m_executor.apply(Message::create(type, payload, agent, at));
    }
    template <typename Array> auto pick(const Array &array) { return array[m_random.bounded(int(std::size(array)))]; }
    QString agentId() { return QString::fromLatin1(DemoBook::agents().at(m_random.bounded(int(DemoBook::agents().size()))).id); }
    void reportProgress() const
    {
        if (m_progress)
            m_progress(m_done, m_total);
    }

    Result<void> addClient(int index);
    // One event of everyday work at `at`, on a wallet drawn at random; false when the draw came to
    // nothing (a transfer to itself or across currencies).
    Result<bool> everydayEvent(qint64 at);
    Result<QJsonObject> deposit(Wallet &wallet, qint64 at);
    Result<QJsonObject> withdraw(Wallet &wallet, qint64 at);
    Result<QJsonObject> transfer(Wallet &from, Wallet &to, qint64 at);
    Result<QJsonObject> readClient(qint64 at);
    Result<QJsonObject> updatePhone(qint64 at);
    Result<void> addGoal(int k, const Wallet &wallet, qint64 at);
    Result<void> addLoan(int k, const Wallet &wallet, qint64 at);
    Result<void> addPayment(int k, const Wallet &wallet, qint64 at);

    Database &m_db;
    CommandExecutor &m_executor;
    QRandomGenerator m_random;
    const int m_clientCount;
    const qint64 m_now;
    const qint64 m_start;
    const int m_total;
    const std::function<void(int, int)> &m_progress;
    int m_done = 0;
    QList<Wallet> m_wallets;
    QStringList m_clientIds;
};

Result<void> DemoWriter::addClientsAndWallets()
{
    for (int i = 0; i < m_clientCount; ++i) {
        if (auto ok = addClient(i); !ok)
            return ok;
        ++m_done;
        reportProgress();
    }
    return {};
}

Result<void> DemoWriter::addClient(int index)
{
    const QString first = QString::fromUtf8(firstNames[(index * 7 + m_random.bounded(3)) % std::size(firstNames)]);
    const QString last = QString::fromUtf8(lastNames[(index * 3 + m_random.bounded(5)) % std::size(lastNames)]);
    const bool hasEmail = m_random.bounded(10) < 9;
    QJsonArray channels;
    if (hasEmail)
        channels.append(QStringLiteral("email"));
    const int phoneChoice = m_random.bounded(3);
    if (phoneChoice == 1)
        channels.append(QStringLiteral("sms"));
    else if (phoneChoice == 2)
        channels.append(QStringLiteral("whatsapp"));
    const qint64 joined = m_start + m_random.bounded(7) * dayMs + m_random.bounded(int(dayMs / 2));
    const QString clientId = numbered(QLatin1Char('C'), index + 1);
    auto created = apply(ClientMessages::create,
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("first_name"), first}, {QStringLiteral("last_name"), last},
            {QStringLiteral("email"),
                hasEmail ? QStringLiteral("%1.%2%3@example.com").arg(asciiFold(first), asciiFold(last)).arg(index + 1)
                         : QString()},
            {QStringLiteral("phone"), QStringLiteral("+1415555%1").arg(1000 + index, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("channels"), channels}, {QStringLiteral("locale"), QString::fromLatin1(pick(locales))}},
        joined, agentId());
    if (!created)
        return created.error();
    m_clientIds << clientId;
    QStringList currencies {QStringLiteral("USD")};
    if (m_random.bounded(4) == 0)
        currencies << QStringLiteral("EUR");
    for (const QString &currency : std::as_const(currencies)) {
        const QString walletId = numbered(QLatin1Char('W'), index + 1) + QLatin1Char('-') + currency;
        auto opened = apply(ClientMessages::walletOpen,
            {{QStringLiteral("wallet_id"), walletId}, {QStringLiteral("client_id"), clientId},
                {QStringLiteral("currency"), currency}},
            joined + 60000, agentId());
        if (!opened)
            return opened.error();
        const qint64 opening = (m_random.bounded(4000) + 500) * 100; // 500.00 to 4,499.00
        auto deposited = apply(LedgerMessages::deposit,
            {{QStringLiteral("wallet_id"), walletId}, {QStringLiteral("amount"), Money(opening, currency).toDecimalString()},
                {QStringLiteral("memo"), Strings::tr("Opening deposit")}},
            joined + 120000, agentId());
        if (!deposited)
            return deposited.error();
        m_wallets.append({walletId, currency, opening});
    }
    return {};
}

Result<void> DemoWriter::writeHistory()
{
    QList<qint64> times;
    for (int i = 0; i < m_clientCount * eventsPerClient; ++i)
        times << m_start + 7 * dayMs + qint64(m_random.generateDouble() * double(m_now - m_start - 7 * dayMs - 60000));
    std::sort(times.begin(), times.end());
    for (qint64 at : std::as_const(times)) {
        auto happened = everydayEvent(at);
        if (!happened)
            return happened.error();
        if (!*happened)
            continue;
        if (++m_done % 50 == 0 || m_done == m_total)
            reportProgress();
    }
    return {};
}

Result<bool> DemoWriter::everydayEvent(qint64 at)
{
    Wallet &wallet = m_wallets[m_random.bounded(int(m_wallets.size()))];
    const int kind = m_random.bounded(100);
    Result<QJsonObject> outcome = QJsonObject();
    if (kind < 45) {
        outcome = deposit(wallet, at);
    } else if (kind < 75 && wallet.balanceMinor > 1000) {
        outcome = withdraw(wallet, at);
    } else if (kind < 88 && wallet.balanceMinor > 1000) {
        Wallet &other = m_wallets[m_random.bounded(int(m_wallets.size()))];
        if (other.id == wallet.id || other.currency != wallet.currency)
            return false;
        outcome = transfer(wallet, other, at);
    } else if (kind < 94) {
        outcome = readClient(at);
    } else {
        outcome = updatePhone(at);
    }
    if (!outcome)
        return outcome.error();
    return true;
}

Result<QJsonObject> DemoWriter::deposit(Wallet &wallet, qint64 at)
{
    const qint64 amount = (m_random.bounded(900) + 10) * 100 + m_random.bounded(100);
    auto outcome = apply(LedgerMessages::deposit,
        {{QStringLiteral("wallet_id"), wallet.id}, {QStringLiteral("amount"), Money(amount, wallet.currency).toDecimalString()},
            {QStringLiteral("memo"), QString::fromLatin1(pick(memos))}},
        at, agentId());
    if (outcome)
        wallet.balanceMinor += amount;
    return outcome;
}

Result<QJsonObject> DemoWriter::withdraw(Wallet &wallet, qint64 at)
{
    const qint64 amount = m_random.bounded(qint64(wallet.balanceMinor / 2)) + 100;
    auto outcome = apply(LedgerMessages::withdraw,
        {{QStringLiteral("wallet_id"), wallet.id}, {QStringLiteral("amount"), Money(amount, wallet.currency).toDecimalString()},
            {QStringLiteral("memo"), QString::fromLatin1(pick(memos))}},
        at, agentId());
    if (outcome)
        wallet.balanceMinor -= amount;
    return outcome;
}

Result<QJsonObject> DemoWriter::transfer(Wallet &from, Wallet &to, qint64 at)
{
    const qint64 amount = m_random.bounded(qint64(from.balanceMinor / 3)) + 100;
    auto outcome = apply(LedgerMessages::transfer,
        {{QStringLiteral("from_wallet_id"), from.id}, {QStringLiteral("to_wallet_id"), to.id},
            {QStringLiteral("amount"), Money(amount, from.currency).toDecimalString()},
            {QStringLiteral("memo"), QString::fromLatin1(pick(memos))}},
        at, agentId());
    if (outcome) {
        from.balanceMinor -= amount;
        to.balanceMinor += amount;
    }
    return outcome;
}

Result<QJsonObject> DemoWriter::readClient(qint64 at)
{
    return apply(ClientMessages::read, {{QStringLiteral("client_id"), m_clientIds.at(m_random.bounded(int(m_clientIds.size())))}},
        at, agentId());
}

Result<QJsonObject> DemoWriter::updatePhone(qint64 at)
{
    const int index = m_random.bounded(int(m_clientIds.size()));
    return apply(ClientMessages::update,
        {{QStringLiteral("client_id"), m_clientIds.at(index)},
            {QStringLiteral("changes"),
                QJsonObject {{QStringLiteral("phone"),
                    QStringLiteral("+1415666%1").arg(m_random.bounded(10000), 4, 10, QLatin1Char('0'))}}}},
        at, agentId());
}

Result<void> DemoWriter::addProducts()
{
    // Applied through the queue like everything else, so their sagas run to their ends once the
    // processor drains it (a few loans stay pending).
    const qint64 lastWeek = m_now - 7 * dayMs;
    const int wallets = std::min(int(m_wallets.size()), productWallets);
    for (int k = 0; k < wallets; ++k) {
        const Wallet &wallet = m_wallets.at(k);
        const qint64 at = lastWeek + k * (dayMs / 4);
        if (auto ok = addGoal(k, wallet, at); !ok)
            return ok;
        if (auto ok = addLoan(k, wallet, at + 2 * hourMs); !ok)
            return ok;
        if (auto ok = addPayment(k, wallet, at + 6 * hourMs); !ok)
            return ok;
    }
    return {};
}

Result<void> DemoWriter::addGoal(int k, const Wallet &wallet, qint64 at)
{
    if (k >= 8 || wallet.balanceMinor < 10000)
        return {};
    const QString goalId = numbered(QLatin1Char('G'), k + 1);
    const qint64 saved = (wallet.balanceMinor / 4) / 100 * 100;
    const qint64 target = k % 3 == 0 ? saved : saved * (2 + k % 3);
    auto created = apply(SavingsMessages::create,
        {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("wallet_id"), wallet.id},
            {QStringLiteral("name"), QString::fromLatin1(goalNames[k % std::size(goalNames)])},
            {QStringLiteral("target"), Money(target, wallet.currency).toDecimalString()}},
        at, agentId());
    if (!created)
        return created.error();
    auto added = apply(SavingsMessages::add,
        {{QStringLiteral("goal_id"), goalId}, {QStringLiteral("amount"), Money(saved, wallet.currency).toDecimalString()}},
        at + hourMs, agentId());
    if (!added)
        return added.error();
    return {};
}

// Every fifth application is rejected and every fifth after the fourth left pending; the rest approved.
Result<void> DemoWriter::addLoan(int k, const Wallet &wallet, qint64 at)
{
    const QString applicant = k % 2 == 0 ? QStringLiteral("alice") : QStringLiteral("bruno");
    const QString loanId = numbered(QLatin1Char('L'), k + 1);
    const int terms[] = {6, 12, 18, 24, 36};
    auto applied = apply(LoanMessages::apply,
        {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("wallet_id"), wallet.id},
            {QStringLiteral("amount"), Money((k + 2) * 25000, wallet.currency).toDecimalString()},
            {QStringLiteral("term_months"), terms[k % 5]}},
        at, applicant);
    if (!applied)
        return applied.error();
    const qint64 decidedAt = at + 3 * hourMs;
    if (k % 5 == 4) {
        auto rejected = apply(LoanMessages::reject,
            {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("reason"), Strings::tr("Income could not be verified.")}},
            decidedAt, QStringLiteral("chen"));
        if (!rejected)
            return rejected.error();
    } else if (k % 5 != 3) {
        auto approved = apply(LoanMessages::approve, {{QStringLiteral("loan_id"), loanId}}, decidedAt, QStringLiteral("chen"));
        if (!approved)
            return approved.error();
    }
    return {};
}

// Every sixth payment asks for three times what the wallet holds, so it fails.
Result<void> DemoWriter::addPayment(int k, const Wallet &wallet, qint64 at)
{
    const qint64 payment = k % 6 == 5 ? wallet.balanceMinor * 3 : (m_random.bounded(200) + 5) * 100 + m_random.bounded(100);
    auto paid = apply(PaymentMessages::request,
        {{QStringLiteral("payment_id"), numbered(QLatin1Char('P'), k + 1)}, {QStringLiteral("wallet_id"), wallet.id},
            {QStringLiteral("merchant_id"), QString::fromLatin1(pick(merchants))},
            {QStringLiteral("amount"), Money(payment, wallet.currency).toDecimalString()}},
        at, agentId());
    if (!paid)
        return paid.error();
    return {};
}

Result<void> DemoWriter::repayLoans()
{
    const int wallets = std::min(int(m_wallets.size()), productWallets);
    for (int k = 0; k < wallets; k += 3) {
        const QString loanId = numbered(QLatin1Char('L'), k + 1);
        auto loan = LoanRepository(m_db).find(loanId);
        if (!loan || loan->status != LoanStatus::Approved)
            continue;
        auto repaid = apply(LoanMessages::repay,
            {{QStringLiteral("loan_id"), loanId},
                {QStringLiteral("amount"), Money(loan->monthlyPaymentMinor, loan->currency).toDecimalString()}},
            m_now - dayMs, QStringLiteral("alice"));
        if (!repaid)
            return repaid.error();
    }
    return {};
}

} // namespace

const QList<DemoBook::Agent> &DemoBook::agents()
{
    static const QList<Agent> list {
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
    if (auto ok = requireEmptyBook(m_db); !ok)
        return ok;

    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = Ids::nowMs();
    if (auto ok = addAgents(m_db, now - 42 * dayMs); !ok)
        return ok;

    Engine engine(m_db);
    DemoWriter writer(m_db, engine.executor(), clientCount, now, progress);
    if (auto ok = writer.addClientsAndWallets(); !ok)
        return ok;
    if (auto ok = writer.writeHistory(); !ok)
        return ok;
    if (auto ok = writer.addProducts(); !ok)
        return ok;
    if (auto drained = engine.processor().drainAll(); !drained)
        return drained.error();
    if (auto ok = writer.repayLoans(); !ok)
        return ok;
    if (auto drained = engine.processor().drainAll(); !drained)
        return drained.error();
    return transaction.commit();
}

} // namespace Ledgerdesk
