#include "tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace Ledgerdesk {

void setUpRecordTable(QTableView *table, QAbstractItemModel *model, int stretched)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    if (stretched < 0)
        table->horizontalHeader()->setStretchLastSection(true);
    else
        table->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
}

void fitColumnsOnce(QTableView *table, int stretched)
{
    if (table->model()->rowCount() == 0)
        return;
    static const char *const sizedProperty = "ledgerdeskColumnsSized";
    const bool grow = table->property(sizedProperty).toBool();
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (column == stretched)
            continue;
        const int content = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column);
        const int wanted = qMax(content, table->horizontalHeader()->sectionSizeHint(column));
        if (!grow || wanted > table->columnWidth(column))
            table->setColumnWidth(column, wanted);
    }
    table->setProperty(sizedProperty, true);
}

} // namespace Ledgerdesk
