#pragma once

#include <QStyledItemDelegate>

namespace Ledgerdesk {

// Draws a cell as a progress bar of the whole percent found under `role` (0..100), with the cell's
// text on it.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace Ledgerdesk
