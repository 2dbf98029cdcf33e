#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace Ledgerdesk {

// The WHERE clause of a list with optional filters: fixed SQL fragments joined by AND, and the values
// their placeholders bind, in order. The caller adds a condition only for a filter that is set, so the
// clause may be empty. Never put a value into a fragment: bind it.
class WhereClause
{
public:
    // A condition with no placeholder ("g.status = 'OPEN'").
    WhereClause &add(const QString &condition);
    // A condition with one placeholder and the value it binds ("wallet_id = ?").
    WhereClause &add(const QString &condition, const QVariant &value);

    // " WHERE a AND b", or empty when there is no condition.
    QString sql() const;
    // Binds the conditions' values, after whatever the query bound for placeholders before the clause.
    void bindTo(QSqlQuery &query) const;

private:
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace Ledgerdesk
