#include "administrationmessages.h"

#include "commands/handlercontext.h"
#include "settings/settings.h"

#include <QCoreApplication>

namespace Ledgerdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Ledgerdesk::SettingHandlers)
};

const QString keyField = QStringLiteral("key");
const QString valueField = QStringLiteral("value");

Result<void> checkChange(const SettingsRegistry &registry, const QJsonObject &payload)
{
    const QString key = payload.value(keyField).toString();
    const SettingDefinition *definition = registry.find(key);
    if (!definition)
        return makeError(Error::Kind::Validation, registry.problemWith(key, {}), keyField);
    const QJsonValue value = payload.value(valueField);
    if (definition->isSecret()) {
        if (!value.isUndefined())
            return makeError(Error::Kind::Validation,
                Strings::tr("A secret is never sent in a message; only its replacement is recorded."), valueField);
        return {};
    }
    if (!value.isString())
        return makeError(
            Error::Kind::Validation, Strings::tr("The field \"value\" must be text (empty for the default)."), valueField);
    if (const QString problem = definition->problemWith(value.toString()); !problem.isEmpty())
        return makeError(Error::Kind::Validation, problem, valueField);
    return {};
}

Result<QJsonObject> changeSetting(const SettingsRegistry &registry, HandlerContext &context)
{
    const SettingDefinition &definition = *registry.find(context.payload().value(keyField).toString());
    if (definition.isSecret()) {
        if (auto ok = context.record(QStringLiteral("Replace|Secret"), {}, definition.key, {}, {}); !ok)
            return ok.error();
        return QJsonObject {{keyField, definition.key}};
    }
    BookSettings settings(context.db());
    auto before = settings.value(definition);
    if (!before)
        return before.error();
    const QString after = context.payload().value(valueField).toString();
    if (auto ok = settings.setValue(definition, after); !ok)
        return ok.error();
    if (auto ok = context.record(QStringLiteral("Change|Setting"), {}, definition.key, *before, after); !ok)
        return ok.error();
    return QJsonObject {{keyField, definition.key}, {valueField, after}};
}

} // namespace

QList<MessageType> AdministrationMessages::types(const SettingsRegistry &registry)
{
    MessageType change {settingChange, Permission::Supervisor, {PayloadField::text(keyField)},
        [registry](HandlerContext &context) { return changeSetting(registry, context); },
        [](const QJsonObject &result) {
            return Strings::tr("The setting %1 was changed.").arg(result.value(keyField).toString());
        }};
    change.customCheck = [registry](const QJsonObject &payload) { return checkChange(registry, payload); };
    return {change};
}

} // namespace Ledgerdesk
