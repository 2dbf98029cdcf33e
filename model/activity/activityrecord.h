#pragma once

#include <QString>

namespace Ledgerdesk {

// One thing an agent did to a client: action "Verb|Entity" ("Update|Client"), the attribute touched and
// its value before and after. Deleted records stay as tombstones saying who deleted them and when.
struct ActivityRecord
{
    QString id;
    QString agentId;
    QString clientId;
    QString action;
    QString attribute;
    QString before;
    QString after;
    qint64 createdAtMs = 0;
    bool emailSent = false;
    qint64 correctedAtMs = 0;
    qint64 deletedAtMs = 0;
    QString deletedBy;

    bool isDeleted() const { return deletedAtMs != 0; }
    QString verb() const { return action.section(QLatin1Char('|'), 0, 0); }
    QString entity() const { return action.section(QLatin1Char('|'), 1, 1); }
};

// Which records to list. Empty strings and zero times do not filter.
struct ActivityFilter
{
    QString agentId;
    QString clientId;
    QString verb; // "Create", "Read", ... matches any entity
    QString action; // an exact "Verb|Entity"
    qint64 fromMs = 0; // inclusive
    qint64 toMs = 0; // exclusive
    bool includeDeleted = false;
};

enum class ActivitySort { Time, Agent, Client, Action, Attribute, Before, After };

} // namespace Ledgerdesk
