#pragma once

#include <QWidget>

namespace Ledgerdesk {

// Stands in for an area of the product that is not built yet and says so plainly; it never shows
// invented data.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace Ledgerdesk
