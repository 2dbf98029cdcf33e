#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Ledgerdesk {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    auto *notYet = new QLabel(tr("This area is not part of this version of Ledgerdesk yet. It shows nothing rather than "
                                 "invented figures."),
        this);
    notYet->setWordWrap(true);
    notYet->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(notYet);
    layout->addStretch(1);
}

} // namespace Ledgerdesk
