#include "simulator.h"

#include "core/ids.h"
#include "core/logging.h"
#include "core/money.h"
#include "settings/settings.h"
#include "storage/transactionguard.h"
#include "transactionintake.h"

#include <QTimer>

#include <cmath>

namespace Ledgerdesk {

namespace {

const QStringList merchants {
    QStringLiteral("Coffee Shop"),
    QStringLiteral("TechStore Inc"),
    QStringLiteral("Grocery Mart"),
    QStringLiteral("City Fuel"),
    QStringLiteral("SkyHigh Airlines"),
    QStringLiteral("Electronics Hub"),
    QStringLiteral("Pharmacy Plus"),
    QStringLiteral("The Book Nook"),
    QStringLiteral("Metro Transit"),
    QStringLiteral("Cloud Hosting Co"),
    QStringLiteral("Fashion Outlet"),
    QStringLiteral("Home Furnishings"),
    QStringLiteral("Restaurant Bella"),
    QStringLiteral("Mobile Top-Up"),
    QStringLiteral("Power Utility"),
    QStringLiteral("Grand Hotel"),
};

constexpr int userCount = 1000;

// Currencies and how often they occur, in percent.
struct CurrencyShare
{
    const char *code;
    int percent;
};
constexpr CurrencyShare currencyShares[] = {{"USD", 50}, {"EUR", 20}, {"GBP", 15}, {"KES", 10}, {"JPY", 5}};

// How often each band occurs, in percent: mostly small payments, some larger, a few large.
constexpr int standardPercent = 60;
constexpr int mediumPercent = 30;

QRandomGenerator seededGenerator(quint64 seed)
{
    const quint32 words[2] = {quint32(seed & 0xffffffffu), quint32(seed >> 32)};
    return QRandomGenerator(words, 2);
}

quint64 chooseSeed(quint64 seed)
{
    while (seed == 0)
        seed = QRandomGenerator::global()->generate64();
    return seed;
}

qint64 powerOfTen(int exponent)
{
    qint64 factor = 1;
    for (int i = 0; i < exponent; ++i)
        factor *= 10;
    return factor;
}

} // namespace

Simulator::Simulator(Database &db, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_seed(chooseSeed(seed))
    , m_random(seededGenerator(m_seed))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &Simulator::tick);
}

Simulator::~Simulator() = default;

qint64 Simulator::amountInBand(const QString &band, const QString &currency)
{
    const qint64 one = powerOfTen(qMax(0, Money::exponent(currency)));
    const qint64 medium = m_bands->mediumThresholdMinor(currency);
    const qint64 high = m_bands->highThresholdMinor(currency);
    qint64 low = 1;
    qint64 top = 1;
    if (band == CategoryBands::highValue) {
        low = high;
        top = high > Money::maxMinor / 5 ? Money::maxMinor : high * 5;
    } else if (band == CategoryBands::mediumValue) {
        low = medium;
        top = high - 1;
    } else {
        low = qMin(one, medium - 1);
        top = medium - 1;
    }
    low = qBound<qint64>(1, low, Money::maxMinor);
    top = qBound<qint64>(low, top, Money::maxMinor);
    return m_random.bounded(low, top + 1);
}

Result<IngestedTransaction> Simulator::next(qint64 receivedAtMs)
{
    if (!m_bands) {
        BookSettings settings(m_db);
        auto bands = CategoryBands::load(settings);
        if (!bands)
            return bands.error();
        m_bands = *bands;
    }
    ++m_index;
    IngestedTransaction transaction;
    transaction.transactionId
        = QStringLiteral("sim-%1-%2").arg(QString::number(m_seed, 36)).arg(m_index, 6, 10, QLatin1Char('0'));
    transaction.sourceAccount = QStringLiteral("acc_user_%1").arg(m_random.bounded(1, userCount + 1), 5, 10, QLatin1Char('0'));
    const int merchant = m_random.bounded(int(merchants.size()));
    transaction.merchant = merchants.at(merchant);
    transaction.destinationAccount = QStringLiteral("acc_merchant_%1").arg(merchant + 1, 3, 10, QLatin1Char('0'));

    int pick = m_random.bounded(100);
    transaction.currency = QStringLiteral("USD");
    for (const CurrencyShare &share : currencyShares) {
        if (pick < share.percent) {
            transaction.currency = QString::fromLatin1(share.code);
            break;
        }
        pick -= share.percent;
    }
    const int bandPick = m_random.bounded(100);
    const QString band = bandPick < standardPercent  ? CategoryBands::standard
        : bandPick < standardPercent + mediumPercent ? CategoryBands::mediumValue
                                                     : CategoryBands::highValue;
    transaction.amountMinor = amountInBand(band, transaction.currency);
    transaction.eventTimeMs = receivedAtMs - m_random.bounded(2000);
    transaction.receivedAtMs = receivedAtMs;
    transaction.status = IngestedTransaction::processing;
    return transaction;
}

Result<void> Simulator::submitBatch(int count)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    TransactionIntake intake(m_db);
    const qint64 now = Ids::nowMs();
    int stored = 0;
    for (int i = 0; i < count; ++i) {
        auto generated = next(now);
        if (!generated)
            return generated.error();
        auto receipt = intake.submit(*generated);
        if (!receipt)
            return receipt.error();
        if (receipt->outcome == TransactionIntake::Outcome::Accepted)
            ++stored;
    }
    if (auto ok = transaction.commit(); !ok)
        return ok.error();
    m_sent += count;
    m_stored += stored;
    if (stored > 0)
        Q_EMIT enqueued(stored);
    return {};
}

Result<void> Simulator::start(double ratePerSecond, qint64 count)
{
    if (isRunning())
        return makeError(Error::Kind::Conflict, Simulator::tr("The simulator is running already."));
    if (!(ratePerSecond > 0) || !std::isfinite(ratePerSecond))
        return makeError(Error::Kind::Validation, Simulator::tr("The rate must be more than zero messages per second."),
            QStringLiteral("rate"));
    if (count <= 0)
        return makeError(
            Error::Kind::Validation, Simulator::tr("The count must be at least one message."), QStringLiteral("count"));
    m_rate = ratePerSecond;
    m_total = count;
    m_sent = 0;
    m_stored = 0;
    m_clock.start();
    m_timer->start(qBound(10, int(1000.0 / ratePerSecond), 1000));
    QTimer::singleShot(0, this, &Simulator::tick);
    qCInfo(lcIntake) << "simulating" << count << "transactions at" << ratePerSecond << "per second, seed" << m_seed;
    return {};
}

void Simulator::stop()
{
    m_timer->stop();
}

bool Simulator::isRunning() const
{
    return m_timer->isActive();
}

void Simulator::tick()
{
    if (!isRunning())
        return;
    // The first message goes at once, then one every 1/rate seconds: catch up with the clock.
    const qint64 due = qMin(m_total, qint64(std::floor(double(m_clock.elapsed()) * m_rate / 1000.0)) + 1);
    const int count = int(qMin<qint64>(due - m_sent, batchSize));
    if (count > 0) {
        if (auto ok = submitBatch(count); !ok) {
            stop();
            qCWarning(lcIntake) << "the simulator stopped:" << ok.error().message << ok.error().detail;
            Q_EMIT failed(ok.error().message);
            return;
        }
        Q_EMIT progress(m_sent, m_total);
    }
    if (m_sent >= m_total) {
        stop();
        Q_EMIT finished(m_stored, duplicates());
    }
}

Result<qint64> Simulator::runBlocking(qint64 count)
{
    if (isRunning())
        return makeError(Error::Kind::Conflict, Simulator::tr("The simulator is running already."));
    if (count <= 0)
        return makeError(
            Error::Kind::Validation, Simulator::tr("The count must be at least one message."), QStringLiteral("count"));
    m_total = count;
    m_sent = 0;
    m_stored = 0;
    while (m_sent < count) {
        if (auto ok = submitBatch(int(qMin<qint64>(batchSize, count - m_sent))); !ok)
            return ok.error();
        Q_EMIT progress(m_sent, m_total);
    }
    Q_EMIT finished(m_stored, duplicates());
    return m_stored;
}

} // namespace Ledgerdesk
