#include "whereclause.h"

namespace Ledgerdesk {

WhereClause &WhereClause::add(const QString &condition)
{
    m_conditions << condition;
    return *this;
}

WhereClause &WhereClause::add(const QString &condition, const QVariant &value)
{
    m_conditions << condition;
    m_values << value;
    return *this;
}

QString WhereClause::sql() const
{
    return m_conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

void WhereClause::bindTo(QSqlQuery &query) const
{
    for (const QVariant &value : m_values)
        query.addBindValue(value);
}

} // namespace Ledgerdesk
