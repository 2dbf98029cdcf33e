#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Ledgerdesk {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    hide();
}

void Banner::show(Level level, const QString &text)
{
    m_level = level;
    static const char *const styles[] = {
        "#banner { background: #e8f0fe; border: 1px solid #aac4f0; border-radius: 4px; }",
        "#banner { background: #e6f4ea; border: 1px solid #9fd3ad; border-radius: 4px; }",
        "#banner { background: #fce8e6; border: 1px solid #f0a8a0; border-radius: 4px; }",
        "#banner { background: #fef7e0; border: 1px solid #f0d58a; border-radius: 4px; }",
    };
    setStyleSheet(QString::fromLatin1(styles[int(level)]));
    m_label->setText(text);
    QFrame::show();
}

QString Banner::text() const
{
    return m_label->text();
}

} // namespace Ledgerdesk
