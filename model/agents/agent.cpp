#include "agent.h"

namespace Ledgerdesk {

QString roleName(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("agent");
}

Role roleFromName(const QString &name)
{
    if (name == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (name == QLatin1String("system"))
        return Role::System;
    return Role::Agent;
}

} // namespace Ledgerdesk
