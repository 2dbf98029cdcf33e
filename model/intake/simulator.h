#pragma once

#include "categorybands.h"
#include "core/result.h"
#include "ingestedtransaction.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>

#include <optional>

class QTimer;

namespace Ledgerdesk {

class Database;

// The producer of the transaction pipeline, for demos and load: realistic random transactions
// (card users paying merchants, in a few currencies, with amounts in all three category bands of
// the book's current settings) that enter the books exactly like webhook ones (TransactionIntake:
// a PROCESSING row and a TRANSACTION_INGEST message in one transaction). The same seed gives the
// same transactions with the same ids ("sim-<seed>-<n>"), so a repeated run is dropped as duplicates.
// Either paced by a QTimer (start(): messages per second, up to a count) or as fast as the books take
// them (runBlocking(), for the command line). Lives on the thread of its Database connection, which
// it does not own.
class Simulator : public QObject
{
    Q_OBJECT

public:
    // Transactions enqueued per SQL transaction by runBlocking(), and at most per tick by start().
    static constexpr int batchSize = 500;

    // seed 0 picks a random seed.
    explicit Simulator(Database &db, quint64 seed = 0, QObject *parent = nullptr);
    ~Simulator() override;

    quint64 seed() const { return m_seed; }

    // The next transaction of this seed, received at receivedAtMs. Reads the bands once, on first use.
    Result<IngestedTransaction> next(qint64 receivedAtMs);

    // Enqueues `count` transactions at `ratePerSecond`, paced by a timer; progress() follows each
    // batch and finished() the last one, or failed() and it stops. A Validation error for a rate or
    // count that is not positive, or when it is running already.
    Result<void> start(double ratePerSecond, qint64 count);
    void stop();
    bool isRunning() const;

    // Enqueues `count` transactions as fast as the books take them, blocking; returns how many were
    // stored (the rest were duplicates). Emits progress() after every batch.
    Result<qint64> runBlocking(qint64 count);

    // Of the current or last run: transactions handed to the intake, stored, and dropped as duplicates.
    qint64 sent() const { return m_sent; }
    qint64 stored() const { return m_stored; }
    qint64 duplicates() const { return m_sent - m_stored; }

Q_SIGNALS:
    // `count` messages were enqueued and committed: the processor may wake at once.
    void enqueued(int count);
    void progress(qint64 sent, qint64 total);
    void finished(qint64 stored, qint64 duplicates);
    void failed(const QString &message);

private:
    void tick();
    // Submits `count` new transactions in one SQL transaction; stored ones are added to m_stored.
    Result<void> submitBatch(int count);
    qint64 amountInBand(const QString &band, const QString &currency);

    Database &m_db;
    quint64 m_seed;
    QRandomGenerator m_random;
    qint64 m_index = 0;
    std::optional<CategoryBands> m_bands;

    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    double m_rate = 0;
    qint64 m_total = 0;
    qint64 m_sent = 0;
    qint64 m_stored = 0;
};

} // namespace Ledgerdesk
