#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Ledgerdesk {

// Reads the columns of a query's current row in order, each call taking the next column, so that a
// mapping reads like the column list it follows. NULL reads as an empty string, 0 or false. Lives on
// the stack for one row; the query must outlive it.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query)
        : m_query(query)
    { }

    QString text() { return next().toString(); }
    qint64 int64() { return next().toLongLong(); }
    int int32() { return next().toInt(); }
    bool boolean() { return next().toInt() != 0; }

private:
    QVariant next() { return m_query.value(m_column++); }

    const QSqlQuery &m_query;
    int m_column = 0;
};

} // namespace Ledgerdesk
