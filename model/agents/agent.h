#pragma once

#include <QString>

namespace Ledgerdesk {

enum class Role { Agent, Supervisor, System };

QString roleName(Role role);
Role roleFromName(const QString &name);

// A person (or the system itself) who acts on the books.
struct Agent
{
    QString id;
    QString displayName;
    Role role = Role::Agent;
    bool active = true;
    int failedLogins = 0;
    qint64 lockedUntilMs = 0;
    QString passwordHash;

    bool isSupervisor() const { return role == Role::Supervisor; }
};

} // namespace Ledgerdesk
