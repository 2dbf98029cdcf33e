#include "pagedtablepage.h"

#include "commands/commandgateway.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ledgerdesk {

PagedTablePage::PagedTablePage(QWidget *parent)
    : QWidget(parent)
{
    m_refresh.setInterval(defaultRefreshIntervalMs);
}

void PagedTablePage::buildTable(QAbstractItemModel *model, const QString &objectName, int stretched)
{
    Q_ASSERT(!m_table);
    m_table = new QTableView(this);
    m_pageLabel = new QLabel(this);
    m_previous = new QPushButton(tr("◀ Previous"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    m_table->setObjectName(objectName);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_previous->setObjectName(QStringLiteral("previous"));
    m_next->setObjectName(QStringLiteral("next"));
    setUpRecordTable(m_table, model, stretched);

    m_topBar = new QHBoxLayout;
    m_footer = new QHBoxLayout;
    m_footer->addStretch(1);
    m_footer->addWidget(m_previous);
    m_footer->addWidget(m_pageLabel);
    m_footer->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(m_topBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_footer);

    connect(m_previous, &QPushButton::clicked, this, [this]() { m_turnPage(-1); });
    connect(m_next, &QPushButton::clicked, this, [this]() { m_turnPage(+1); });
}

void PagedTablePage::addFooterButton(QPushButton *button)
{
    m_footer->insertWidget(m_footerButtons++, button);
}

void PagedTablePage::refreshWhileVisible(CommandGateway *gateway)
{
    m_refreshesWhileVisible = true;
    connect(&m_refresh, &QTimer::timeout, this, &PagedTablePage::reload);
    if (gateway) {
        connect(gateway, &CommandGateway::booksChanged, this, [this]() {
            if (isVisible())
                reload();
        });
    }
}

void PagedTablePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_refreshesWhileVisible)
        return;
    reload();
    m_refresh.start();
}

void PagedTablePage::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QWidget::hideEvent(event);
}

void PagedTablePage::showPage(int page, int pageCount, qint64 total)
{
    if (m_fittedExcept)
        fitColumnsOnce(m_table, *m_fittedExcept);
    m_pageLabel->setText(pagerText(page + 1, pageCount, int(qMin<qint64>(total, INT_MAX))));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pageCount);
}

QString PagedTablePage::chosenId(int idRole) const
{
    return m_table->currentIndex().data(idRole).toString();
}

bool PagedTablePage::hasChosenRow() const
{
    return m_table->currentIndex().isValid();
}

void PagedTablePage::chooseRow(int row)
{
    if (row >= 0)
        m_table->setCurrentIndex(m_table->model()->index(row, 0));
}

} // namespace Ledgerdesk
