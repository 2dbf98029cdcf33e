#include "settingdefinition.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::Settings)
};

} // namespace

SettingDefinition SettingDefinition::text(QString key, const char *description, QString defaultValue, Rule rule)
{
    return {std::move(key), description, std::move(defaultValue), Kind::Text, 0, 0, std::move(rule)};
}

SettingDefinition SettingDefinition::flag(QString key, const char *description, bool defaultValue)
{
    return {std::move(key), description, defaultValue ? QStringLiteral("true") : QStringLiteral("false"), Kind::Flag};
}

SettingDefinition SettingDefinition::wholeNumber(
    QString key, const char *description, qint64 defaultValue, qint64 minimum, qint64 maximum)
{
    return {std::move(key), description, QString::number(defaultValue), Kind::WholeNumber, minimum, maximum};
}

SettingDefinition SettingDefinition::secret(QString key, const char *description)
{
    return {std::move(key), description, {}, Kind::Secret};
}

QString SettingDefinition::translatedDescription() const
{
    return Strings::tr(description);
}

QString SettingDefinition::problemWith(const QString &value) const
{
    if (value.isEmpty())
        return {};
    switch (kind) {
    case Kind::Flag:
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return Strings::tr("%1 is true or false.").arg(key);
        break;
    case Kind::WholeNumber: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < minimum || number > maximum)
            return Strings::tr("%1 is a whole number between %2 and %3.").arg(key).arg(minimum).arg(maximum);
        break;
    }
    case Kind::Text:
    case Kind::Secret:
        break;
    }
    return rule ? rule(value) : QString();
}

void SettingsRegistry::add(const QList<SettingDefinition> &definitions)
{
    for (const SettingDefinition &definition : definitions) {
        Q_ASSERT(!find(definition.key));
        m_definitions.append(definition);
    }
}

const SettingDefinition *SettingsRegistry::find(const QString &key) const
{
    for (const SettingDefinition &definition : m_definitions) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

QString SettingsRegistry::problemWith(const QString &key, const QString &value) const
{
    const SettingDefinition *definition = find(key);
    if (!definition)
        return Strings::tr("\"%1\" is not a setting; \"ledgerdesk config list\" shows them.").arg(key);
    return definition->problemWith(value);
}

} // namespace Ledgerdesk
