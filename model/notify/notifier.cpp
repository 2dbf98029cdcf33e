#include "notifier.h"

#include "notify/notifysettings.h"

#include "core/ids.h"
#include "core/logging.h"
#include "smsclient.h"
#include "smtpclient.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Notifier)
};

// A claim outlives the transport's own timeout by this much, so a slow delivery is not taken over.
constexpr qint64 leaseMarginMs = 60'000;

QList<OutboxChannel> channelsOf(bool email)
{
    return email ? QList<OutboxChannel> {OutboxChannel::Email}
                 : QList<OutboxChannel> {OutboxChannel::Sms, OutboxChannel::WhatsApp};
}

} // namespace

Notifier::Notifier(Database &db, Settings settings, QObject *parent)
    : Notifier(db, std::move(settings), std::make_unique<SmtpClient>(), std::make_unique<SmsClient>(), Options(), parent)
{ }

Notifier::Notifier(Database &db, Settings settings, std::unique_ptr<EmailTransport> email, std::unique_ptr<TextTransport> text,
    Options options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(std::move(settings))
    , m_outbox(db)
    , m_email(std::move(email))
    , m_text(std::move(text))
    , m_options(std::move(options))
{
    m_poll.setInterval(qMax(100, m_options.pollIntervalMs));
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_busy)
            sendDueOnce();
    });
}

Notifier::~Notifier()
{
    // Deliveries still under way are dropped; their rows come back when their claims lapse.
    m_closing = true;
    m_email.reset();
    m_text.reset();
}

qint64 Notifier::now() const
{
    return m_options.clock ? m_options.clock() : Ids::nowMs();
}

void Notifier::start()
{
    m_poll.start();
    wake();
}

void Notifier::stop()
{
    m_poll.stop();
}

void Notifier::wake()
{
    if (m_wakePending)
        return;
    m_wakePending = true;
    QTimer::singleShot(0, this, [this] {
        m_wakePending = false;
        sendDueOnce();
    });
}

bool Notifier::sendDueOnce()
{
    if (m_busy) {
        m_again = true;
        return false;
    }
    m_busy = true;
    m_round = NotifierRound();
    m_round.number = ++m_rounds;
    m_roundStartMs = now();
    m_round.startedAtMs = m_roundStartMs;
    m_emailLane = Lane();
    m_emailLane.limit = qMax(1, m_options.emailsAtOnce);
    m_textLane = Lane();
    m_textLane.limit = qMax(1, m_options.textsAtOnce);

    if (m_db.isReadOnly()) {
        m_round.error = Strings::tr("The books are open read-only, so no notification is sent.");
        finishRound();
        return true;
    }
    if (!readSettings()) {
        finishRound();
        return true;
    }
    pump();
    return true;
}

bool Notifier::readSettings()
{
    QString failure;
    // Secrets are taken as they are; other values without surrounding blanks.
    const auto setting = [this, &failure](const SettingDefinition &definition) {
        auto value = m_settings.value(definition);
        if (value)
            return definition.isSecret() ? *value : value->trimmed();
        if (failure.isEmpty()) {
            failure = value.error().message;
            qCWarning(lcNotify).noquote() << "could not read the setting" << definition.key << ":" << value.error().detail;
        }
        return QString();
    };
    // A whole number within the declared range; the default when the stored text is not one.
    const auto number = [&setting](const SettingDefinition &definition) {
        bool ok = false;
        const qint64 value = setting(definition).toLongLong(&ok);
        return int(ok ? qBound(definition.minimum, value, definition.maximum) : definition.defaultValue.toLongLong());
    };

    SmtpConfig smtp;
    smtp.url = QUrl(setting(NotifySettings::smtpUrl));
    smtp.user = setting(NotifySettings::smtpUser);
    smtp.password = setting(NotifySettings::smtpPassword);
    smtp.from = setting(NotifySettings::smtpFrom);
    smtp.caFile = setting(NotifySettings::smtpCaFile);
    smtp.verifyPeer = setting(NotifySettings::smtpVerifyPeer) != QLatin1String("false");
    smtp.timeoutMs = number(NotifySettings::smtpTimeoutMs);

    SmsConfig sms;
    sms.baseUrl = QUrl(setting(NotifySettings::smsBaseUrl));
    sms.account = setting(NotifySettings::smsAccount);
    sms.token = setting(NotifySettings::smsToken);
    sms.from = setting(NotifySettings::smsFrom);

    RetryPolicy policy;
    policy.baseDelayMs = m_options.backoffBaseMs;
    policy.maxDelayMs = m_options.backoffMaxMs;

    if (!failure.isEmpty()) {
        m_round.error = failure;
        return false;
    }
    m_smtp = smtp;
    m_sms = sms;
    m_policy = policy;

    const QString emailProblem = !m_email ? Strings::tr("No e-mail transport is installed.")
        : !m_smtp.isConfigured()          ? Strings::tr("E-mail is not set up (smtp.url is empty).")
                                          : m_smtp.problem();
    const QString textProblem = !m_text ? Strings::tr("No SMS transport is installed.")
        : !m_sms.isConfigured() ? Strings::tr("SMS and WhatsApp are not set up (sms.base_url, sms.account, sms.token, sms.from).")
                                : m_sms.problem();
    for (const bool email : {true, false}) {
        const QString &problem = email ? emailProblem : textProblem;
        Lane &setupLane = lane(email ? Kind::Email : Kind::Text);
        QString &lastProblem = m_lastSetupProblem[email ? 0 : 1];
        setupLane.ready = problem.isEmpty();
        if (setupLane.ready) {
            lastProblem.clear();
            continue;
        }
        auto waiting = m_outbox.countDue(m_roundStartMs, channelsOf(email));
        if (!waiting) {
            m_round.error = waiting.error().message;
            return false;
        }
        m_round.waiting += int(*waiting);
        if (*waiting == 0)
            continue;
        // The reason shows on the rows themselves; written only when it changed, not every round.
        if (auto noted = m_outbox.noteWaiting(m_roundStartMs, channelsOf(email), problem); !noted) {
            qCWarning(lcNotify).noquote() << "could not write why notifications wait:" << noted.error().detail;
            m_round.error = noted.error().message;
        }
        if (problem != lastProblem) {
            qCWarning(lcNotify).noquote() << *waiting << (email ? "e-mail" : "text") << "notification(s) wait:" << problem;
            lastProblem = problem;
        }
    }
    return true;
}

void Notifier::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpLane(Kind::Email);
        pumpLane(Kind::Text);
    } while (m_pumpAgain);
    m_pumping = false;

    const auto idle = [](const Lane &l) { return l.inFlight == 0 && (!l.ready || l.drained); };
    if (m_busy && idle(m_emailLane) && idle(m_textLane))
        finishRound();
}

void Notifier::pumpLane(Kind kind)
{
    Lane &current = lane(kind);
    if (!current.ready || current.drained || m_closing)
        return;
    const int room = current.limit - current.inFlight;
    if (room <= 0)
        return;
    const qint64 timeoutMs = kind == Kind::Email ? m_smtp.timeoutMs : m_sms.timeoutMs;
    const qint64 leaseUntil = qMax(now(), m_roundStartMs) + timeoutMs + leaseMarginMs;
    // Only rows due when the round began: a row that failed in this round is not due again before
    // its backoff, and one written meanwhile waits for the next round.
    auto claimed = m_outbox.claimDue(m_roundStartMs, leaseUntil, room, channelsOf(kind == Kind::Email));
    if (!claimed) {
        qCWarning(lcNotify).noquote() << "could not claim notifications:" << claimed.error().detail;
        m_round.error = claimed.error().message;
        current.drained = true;
        return;
    }
    if (claimed->size() < room)
        current.drained = true;
    for (const OutboxMessage &row : std::as_const(*claimed)) {
        ++current.inFlight;
        deliver(kind, row);
    }
}

void Notifier::deliver(Kind kind, const OutboxMessage &row)
{
    QPointer<Notifier> self(this);
    DeliveryCallback done = [self, kind, row](const DeliveryOutcome &outcome) {
        if (self && !self->m_closing)
            self->record(kind, row, outcome);
    };
    if (kind == Kind::Email)
        m_email->sendEmail(m_smtp, row, std::move(done));
    else
        m_text->sendText(m_sms, row, std::move(done));
}

void Notifier::record(Kind kind, const OutboxMessage &row, const DeliveryOutcome &outcome)
{
    --lane(kind).inFlight;
    const qint64 at = now();
    if (outcome.isSent()) {
        auto marked = m_outbox.markSent(row, outcome.providerRef, at);
        if (marked) {
            ++m_round.sent;
            Q_EMIT notificationUpdated(row.id, OutboxStatus::Sent);
        } else if (marked.error().kind == Error::Kind::NotFound) {
            qCInfo(lcNotify) << "notification" << row.id << "was already recorded as sent";
        } else {
            // The row keeps its claim and comes back when the claim lapses: it may then go out twice
            // (its Message-ID lets the receiving side recognise the copy).
            qCWarning(lcNotify).noquote() << "notification" << row.id
                                          << "was sent but could not be recorded:" << marked.error().detail;
            m_round.error = marked.error().message;
        }
    } else {
        auto marked = outcome.isRefused() ? m_outbox.markRefused(row, outcome.describe(), at)
                                          : m_outbox.markWaiting(row, outcome.describe(), at, m_policy);
        if (marked) {
            if (marked->status == OutboxStatus::Dead)
                ++m_round.dead;
            else
                ++m_round.failed;
            Q_EMIT notificationUpdated(row.id, marked->status);
        } else if (marked.error().kind == Error::Kind::Conflict) {
            qCInfo(lcNotify).noquote() << marked.error().message;
        } else {
            qCWarning(lcNotify).noquote() << "could not record the failure of notification" << row.id << ":"
                                          << marked.error().detail;
            m_round.error = marked.error().message;
        }
    }
    pump();
}

void Notifier::finishRound()
{
    m_busy = false;
    m_round.finishedAtMs = now();
    if (m_round.attempted() > 0 || !m_round.error.isEmpty())
        qCInfo(lcNotify).nospace() << "notification round " << m_round.number << ": " << m_round.sent << " sent, "
                                   << m_round.failed << " to retry, " << m_round.dead << " refused, " << m_round.waiting
                                   << " waiting for set-up"
                                   << (m_round.error.isEmpty() ? QString() : QStringLiteral("; ") + m_round.error);
    const NotifierRound round = m_round;
    Q_EMIT roundFinished(round);
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, [this] { sendDueOnce(); });
    }
}

NotifierRound Notifier::runOnce()
{
    const quint64 wanted = m_rounds + 1;
    NotifierRound result;
    bool done = false;
    QEventLoop loop;
    const QMetaObject::Connection connection = connect(this, &Notifier::roundFinished, &loop, [&](const NotifierRound &round) {
        if (done || round.number < wanted)
            return;
        result = round;
        done = true;
        loop.quit();
    });
    if (!sendDueOnce())
        m_again = true; // the round under way ends first; the next one starts after it
    if (!done)
        loop.exec();
    disconnect(connection);
    return result;
}

} // namespace Ledgerdesk
