#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Ledgerdesk {

// One setting, declared by the area that reads it: its key, what it is for, its default, the form
// its value takes and whether it is a secret (kept in this machine's secret store, never shown).
// `ledgerdesk config`, a settings dialog and the readers all go through the declaration, so a key, a
// default and a range are each written once.
struct SettingDefinition
{
    enum class Kind {
        Text, // any text, or what `rule` accepts
        Flag, // "true" or "false"
        WholeNumber, // between minimum and maximum
        Secret, // text kept in the secret store
    };
    // A sentence saying why `value` is refused; empty when it is acceptable.
    using Rule = std::function<QString(const QString &value)>;

    QString key;
    const char *description = ""; // source text in the "Ledgerdesk::Settings" translation context
    QString defaultValue;
    Kind kind = Kind::Text;
    qint64 minimum = 0;
    qint64 maximum = 0;
    Rule rule;

    static SettingDefinition text(QString key, const char *description, QString defaultValue = {}, Rule rule = {});
    static SettingDefinition flag(QString key, const char *description, bool defaultValue);
    static SettingDefinition wholeNumber(
        QString key, const char *description, qint64 defaultValue, qint64 minimum, qint64 maximum);
    static SettingDefinition secret(QString key, const char *description);

    bool isSecret() const { return kind == Kind::Secret; }
    // The description in the desk's language.
    QString translatedDescription() const;
    // Why `value` cannot be stored for this setting; empty when it can. An empty value always can:
    // it stands for the default.
    QString problemWith(const QString &value) const;
};

// Every setting the program knows, assembled by the composition root from each area's declarations.
// Plain data; cheap to copy.
class SettingsRegistry
{
public:
    void add(const QList<SettingDefinition> &definitions);

    const QList<SettingDefinition> &all() const { return m_definitions; }
    // The setting with this key, or nullptr.
    const SettingDefinition *find(const QString &key) const;
    // Why `value` cannot be stored under `key` (also when no such setting exists); empty when it can.
    QString problemWith(const QString &key, const QString &value) const;

private:
    QList<SettingDefinition> m_definitions;
};

} // namespace Ledgerdesk
