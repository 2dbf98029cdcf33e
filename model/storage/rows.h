#pragma once

#include "core/result.h"
#include "database.h"
#include "rowreader.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <type_traits>

namespace Ledgerdesk {

// The shapes every repository repeats: binding a row's values, and running a query whose values are
// bound to map the rows it returns with `map`, a function of one RowReader (`Loan loanFrom(RowReader &)`).
// On failure the query's storage error carries `whatFailed`, a sentence for people.

// Binds `values` to the query's placeholders, in order.
inline void bindValues(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

// The one row the query returns; NotFound with the sentence `notFound` (and `detail` for the log)
// when it returns none. A cached statement (Database::prepared) is finished for its next use.
template <typename Map>
auto findOne(Database &db, QSqlQuery &query, Map map, const QString &whatFailed, const QString &notFound,
    const QString &detail = {}) -> Result<std::invoke_result_t<Map &, RowReader &>>
{
    if (auto ok = db.exec(query, whatFailed); !ok)
        return ok.error();
    if (!query.next())
        return makeError(Error::Kind::NotFound, notFound, detail);
    RowReader row(query);
    auto value = map(row);
    query.finish();
    return value;
}

// Every row the query returns, in its order.
template <typename Map>
auto fetchAll(Database &db, QSqlQuery &query, Map map, const QString &whatFailed)
    -> Result<QList<std::invoke_result_t<Map &, RowReader &>>>
{
    if (auto ok = db.exec(query, whatFailed); !ok)
        return ok.error();
    QList<std::invoke_result_t<Map &, RowReader &>> rows;
    while (query.next()) {
        RowReader row(query);
        rows.append(map(row));
    }
    query.finish();
    return rows;
}

} // namespace Ledgerdesk
