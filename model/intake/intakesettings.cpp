#include "intakesettings.h"

#include "core/money.h"

#include <QCoreApplication>

namespace Ledgerdesk::IntakeSettings {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Settings)
};

QString thresholdProblem(const QString &key, const QString &value)
{
    auto amount = Money::parse(value, QStringLiteral("USD"));
    return amount ? QString() : Strings::tr("%1 is an amount like 1000.00: %2").arg(key, amount.error().message);
}

SettingDefinition::Rule thresholdRule(const QString &key)
{
    return [key](const QString &value) { return thresholdProblem(key, value); };
}

} // namespace

const SettingDefinition secret = SettingDefinition::secret(QStringLiteral("intake.secret"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings",
        "Shared secret for the webhook's HMAC-SHA256 signature; empty accepts unsigned requests (kept in this machine's secret "
        "store)."));
const SettingDefinition requireSignature = SettingDefinition::flag(QStringLiteral("intake.require_signature"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings",
        "\"true\" refuses to serve the webhook on a machine without an intake.secret, so no machine of this book accepts "
        "unsigned requests; \"false\" (default) serves unsigned when the secret is empty."),
    false);
const SettingDefinition highValue = SettingDefinition::text(QStringLiteral("bands.high_value"),
    QT_TRANSLATE_NOOP(
        "Ledgerdesk::Settings", "Ingested amounts at or above this (in the transaction's currency) are high_value."),
    QStringLiteral("1000.00"), thresholdRule(QStringLiteral("bands.high_value")));
const SettingDefinition mediumValue = SettingDefinition::text(QStringLiteral("bands.medium_value"),
    QT_TRANSLATE_NOOP("Ledgerdesk::Settings",
        "Ingested amounts at or above this and below high_value are medium_value; the rest are standard."),
    QStringLiteral("100.00"), thresholdRule(QStringLiteral("bands.medium_value")));

QList<SettingDefinition> all()
{
    return {secret, requireSignature, highValue, mediumValue};
}

} // namespace Ledgerdesk::IntakeSettings
