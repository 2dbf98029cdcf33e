#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Ledgerdesk {

// A table over a list of plain value rows (loans, payments, goals), each with a QString `id`.
// setRows() updates the rows in place when the same ids come back in the same order, so a view that
// re-reads on a timer keeps its selection and scroll position; otherwise it resets. GUI thread.
template <typename Row> class RowListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    // The row showing the id, or -1.
    int rowOf(const QString &id) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return int(row);
        }
        return -1;
    }

protected:
    void setRows(QList<Row> rows)
    {
        bool same = rows.size() == m_rows.size();
        for (qsizetype row = 0; same && row < rows.size(); ++row)
            same = rows.at(row).id == m_rows.at(row).id;
        if (same) {
            m_rows = std::move(rows);
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

private:
    QList<Row> m_rows;
};

} // namespace Ledgerdesk
