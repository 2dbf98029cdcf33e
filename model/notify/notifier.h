#pragma once

#include "core/result.h"
#include "outboxrepository.h"
#include "settings/settings.h"
#include "transport.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ledgerdesk {

class Database;

// What one round of the notifier did.
struct NotifierRound
{
    quint64 number = 0; // rounds of this notifier, counted from 1
    int sent = 0;
    int failed = 0; // tried and told to wait (DeliveryOutcome::Wait): FAILED, tried again after a backoff
    int dead = 0; // refused for good (DeliveryOutcome::Refused): DEAD
    int waiting = 0; // due, but their channel is not set up (not tried, not counted as attempts)
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QString error; // a sentence when the round could not read the settings or the outbox

    int attempted() const { return sent + failed + dead; }
};

// Sends the outbox: each round claims due rows (a lease, so other notifiers on the same book leave
// them alone), hands them to the e-mail or text transport, and records what the transport's outcome
// says: Sent is SENT; Wait is FAILED with the reason, tried again after an exponential backoff with
// jitter capped at backoffMaxMs, for as long as the outage or the set-up problem lasts; Refused (the
// server refused this very message) is DEAD with the reason. Nothing else ends a notification: no
// count of attempts, no age. Settings are read through Settings at the start of every round, so
// `ledgerdesk config set` takes effect without a restart; a channel that is not set up leaves its due
// rows as they are and writes why on them. A round tries every row that was due when it began at most
// once. A change is never lost because a server was down (the row waits), and a row once SENT is
// never sent again. A QTimer starts rounds while running; wake() starts one soon after new rows were
// written. Lives on the thread of its Database; owns its transports.
class Notifier : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pollIntervalMs = 5000;
        int emailsAtOnce = 2; // SMTP connections open at the same time
        int textsAtOnce = 4; // HTTP requests to the SMS provider at the same time
        qint64 backoffBaseMs = 60'000;
        qint64 backoffMaxMs = 900'000; // once a server is back, a waiting row goes out within 15 minutes
        // The clock (epoch milliseconds); tests move it forward instead of waiting.
        std::function<qint64()> clock;
    };

    // With the production transports, SmtpClient and SmsClient.
    Notifier(Database &db, Settings settings, QObject *parent = nullptr);
    Notifier(Database &db, Settings settings, std::unique_ptr<EmailTransport> email, std::unique_ptr<TextTransport> text,
        Options options, QObject *parent = nullptr);
    ~Notifier() override;

    // Rounds every pollIntervalMs, the first at once.
    void start();
    void stop();
    bool isRunning() const { return m_poll.isActive(); }
    // True while a round is under way.
    bool isBusy() const { return m_busy; }

    // Starts a round now. When one is under way, another follows it and false is returned.
    // roundFinished() reports the end of every round (it may come before this returns, when nothing
    // was due).
    bool sendDueOnce();
    // A round soon, from the event loop: call after committing a change that wrote outbox rows.
    void wake();
    // Runs one complete round that starts after this call, in a local event loop, and returns what it
    // did. For `ledgerdesk process --once` and tests; never from a window's event handler. The round
    // ends on its own: every transport has its own timeout.
    NotifierRound runOnce();

Q_SIGNALS:
    void roundFinished(const Ledgerdesk::NotifierRound &round);
    // One notification's new status after an attempt, for the views.
    void notificationUpdated(const QString &id, Ledgerdesk::OutboxStatus status);

private:
    enum class Kind { Email, Text };
    struct Lane
    {
        bool ready = false; // set up this round
        bool drained = false; // no more due rows this round
        int inFlight = 0;
        int limit = 1;
    };

    qint64 now() const;
    bool readSettings();
    void pump();
    void pumpLane(Kind kind);
    void deliver(Kind kind, const OutboxMessage &row);
    void record(Kind kind, const OutboxMessage &row, const DeliveryOutcome &outcome);
    void finishRound();
    Lane &lane(Kind kind) { return kind == Kind::Email ? m_emailLane : m_textLane; }

    Database &m_db;
    Settings m_settings;
    OutboxRepository m_outbox;
    std::unique_ptr<EmailTransport> m_email;
    std::unique_ptr<TextTransport> m_text;
    Options m_options;
    QTimer m_poll;

    // The round under way.
    quint64 m_rounds = 0;
    bool m_busy = false;
    bool m_again = false;
    bool m_wakePending = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    bool m_closing = false;
    NotifierRound m_round;
    qint64 m_roundStartMs = 0;
    SmtpConfig m_smtp;
    SmsConfig m_sms;
    RetryPolicy m_policy;
    Lane m_emailLane;
    Lane m_textLane;
    QString m_lastSetupProblem[2]; // logged once until it changes
};

} // namespace Ledgerdesk
