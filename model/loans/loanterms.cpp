#include "loanterms.h"

#include "core/money.h"
#include "loans/loansettings.h"
#include "optimiser/debt.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::LoanTerms)
};

constexpr int maxRateBp = 10000; // 100 % a year

// "8", "8.5" or "12.00" percent as basis points; -1 when it is not such a number.
int percentToBp(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return -1;
    const int whole = match.captured(1).toInt();
    const QString fraction = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return whole * 100 + fraction.toInt();
}

} // namespace

RateTiers::RateTiers()
    : m_tiers {{12, 800}, {24, 1200}, {0, 1500}}
{ }

Result<RateTiers> RateTiers::fromText(const QString &text)
{
    const auto invalid = [&text](const QString &why) {
        return makeError(Error::Kind::Validation,
            Strings::tr("The rate tiers \"%1\" are not valid: %2 They look like \"12:8.00,24:12.00,*:15.00\".").arg(text, why),
            QStringLiteral("loans.rate_tiers"));
    };
    RateTiers tiers;
    tiers.m_tiers.clear();
    int previousMonths = 0;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringList pair = parts.at(i).trimmed().split(QLatin1Char(':'));
        if (pair.size() != 2)
            return invalid(Strings::tr("each tier is MONTHS:RATE."));
        const bool last = i == parts.size() - 1;
        int months = 0;
        if (pair.at(0).trimmed() == QLatin1String("*")) {
            if (!last)
                return invalid(Strings::tr("only the last tier may be \"*\"."));
        } else {
            bool ok = false;
            months = pair.at(0).trimmed().toInt(&ok);
            if (!ok || months <= previousMonths || months > LoanTerms::maxTermMonths)
                return invalid(Strings::tr("the months must rise from tier to tier, up to %1.").arg(LoanTerms::maxTermMonths));
            previousMonths = months;
        }
        const int rateBp = percentToBp(pair.at(1).trimmed());
        if (rateBp < 0 || rateBp > maxRateBp)
            return invalid(Strings::tr("a rate is a percentage between 0 and 100 with at most two decimals."));
        tiers.m_tiers.append({months, rateBp});
    }
    if (tiers.m_tiers.isEmpty() || tiers.m_tiers.constLast().maxMonths != 0)
        return invalid(Strings::tr("the last tier must be \"*\", for every longer term."));
    return tiers;
}

Result<RateTiers> RateTiers::load(BookSettings &settings)
{
    auto text = settings.value(LoanSettings::rateTiers);
    if (!text)
        return text.error();
    return fromText(*text);
}

int RateTiers::rateBpFor(int termMonths) const
{
    for (const Tier &tier : m_tiers) {
        if (tier.maxMonths == 0 || termMonths <= tier.maxMonths)
            return tier.rateBp;
    }
    return m_tiers.constLast().rateBp;
}

QString RateTiers::toText() const
{
    QStringList parts;
    for (const Tier &tier : m_tiers) {
        parts << (tier.maxMonths == 0 ? QStringLiteral("*") : QString::number(tier.maxMonths)) + QLatin1Char(':')
                + QStringLiteral("%1.%2").arg(tier.rateBp / 100).arg(tier.rateBp % 100, 2, 10, QLatin1Char('0'));
    }
    return parts.join(QLatin1Char(','));
}

qint64 monthlyInterestMinor(qint64 balanceMinor, int rateBp)
{
    return Debt::monthlyInterest(balanceMinor, qint64(rateBp) * (Debt::ratePpmPerPercent / 100));
}

Result<void> LoanTerms::checkTerm(int termMonths)
{
    if (termMonths < 1 || termMonths > maxTermMonths)
        return makeError(Error::Kind::Validation, Strings::tr("The term must be between 1 and %1 months.").arg(maxTermMonths),
            QStringLiteral("term_months"));
    return {};
}

Result<void> LoanTerms::validate() const
{
    if (principalMinor <= 0 || principalMinor > Money::maxMinor)
        return makeError(
            Error::Kind::Validation, Strings::tr("The loan amount must be more than zero."), QStringLiteral("amount"));
    if (auto ok = checkTerm(termMonths); !ok)
        return ok;
    if (rateBp < 0 || rateBp > maxRateBp)
        return makeError(Error::Kind::Validation, Strings::tr("The rate must be between 0 % and 100 %."), QStringLiteral("rate"));
    // A few minor units at interest give a payment that rounds to nothing.
    if (monthlyPaymentMinor() <= 0)
        return makeError(Error::Kind::Validation,
            Strings::tr("The loan amount is too small to be repaid in monthly payments over %1 months.").arg(termMonths),
            QStringLiteral("amount"));
    return {};
}

qint64 LoanTerms::monthlyPaymentMinor() const
{
    Q_ASSERT(termMonths > 0);
    if (rateBp == 0)
        return (principalMinor + termMonths - 1) / termMonths;
    // The formula's only floating-point step; the result is rounded half-up to a minor unit here.
    const long double r = static_cast<long double>(rateBp) / 120000.0L;
    const long double payment = principalMinor * r / (1.0L - std::pow(1.0L + r, -static_cast<long double>(termMonths)));
    return static_cast<qint64>(std::floor(payment + 0.5L));
}

QList<ScheduleRow> LoanTerms::schedule() const
{
    QList<ScheduleRow> rows;
    rows.reserve(termMonths);
    const qint64 payment = monthlyPaymentMinor();
    qint64 balance = principalMinor;
    for (int month = 1; month <= termMonths && balance > 0; ++month) {
        ScheduleRow row;
        row.month = month;
        row.interestMinor = monthlyInterestMinor(balance, rateBp);
        const qint64 owed = balance + row.interestMinor;
        row.paymentMinor = month == termMonths ? owed : std::min(payment, owed);
        row.principalMinor = row.paymentMinor - row.interestMinor;
        balance -= row.principalMinor;
        row.balanceMinor = balance;
        rows.append(row);
    }
    return rows;
}

qint64 LoanTerms::outstandingPrincipalMinor(qint64 paidMinor) const
{
    qint64 outstanding = principalMinor;
    for (const ScheduleRow &row : schedule()) {
        if (paidMinor >= row.paymentMinor) {
            paidMinor -= row.paymentMinor;
            outstanding = row.balanceMinor;
            continue;
        }
        return outstanding - std::max<qint64>(0, paidMinor - row.interestMinor);
    }
    return outstanding;
}

qint64 LoanTerms::totalDueMinor() const
{
    qint64 total = 0;
    for (const ScheduleRow &row : schedule())
        total += row.paymentMinor;
    return total;
}

} // namespace Ledgerdesk
