#pragma once

class QAbstractItemModel;
class QTableView;

namespace Ledgerdesk {

// The house look of a read-only record table: whole rows selected one at a time, no editing,
// alternating rows, no row numbers, compact rows. `stretched` takes the spare width (-1: the last).
void setUpRecordTable(QTableView *table, QAbstractItemModel *model, int stretched);

// Fits the columns to what they show, except the stretched one. The first call with rows sizes
// them to the rows at hand; later calls only widen, so refreshing and paging never make the table
// jump, and a value that appears later (a time, a category) is not cut short.
void fitColumnsOnce(QTableView *table, int stretched);

} // namespace Ledgerdesk
