#include "ingestpage.h"

#include "commands/commandgateway.h"
#include "intake/categorybands.h"
#include "intake/ingestedtransaction.h"
#include "models/ingestmodel.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ledgerdesk {

IngestPage::IngestPage(Database &db, CommandGateway *gateway, QWidget *parent)
    : QWidget(parent), m_model(new IngestModel(db, this)), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_pageLabel(new QLabel(this)), m_previous(new QPushButton(tr("◀ Previous"), this)),
      m_next(new QPushButton(tr("Next ▶"), this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_previous->setObjectName(QStringLiteral("previous"));
    m_next->setObjectName(QStringLiteral("next"));

    m_table->setObjectName(QStringLiteral("transactions"));
    setUpRecordTable(m_table, m_model, IngestModel::MerchantColumn);

    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_previous);
    footer->addWidget(m_pageLabel);
    footer->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    m_refresh.setInterval(defaultRefreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &IngestPage::reload);
    connect(m_model, &IngestModel::pageChanged, this, &IngestPage::updatePager);
    connect(m_previous, &QPushButton::clicked, this, [this]() { m_model->setPage(m_model->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this]() { m_model->setPage(m_model->page() + 1); });
    if (gateway) {
        connect(gateway, &CommandGateway::booksChanged, this, [this]() {
            if (isVisible())
                reload();
        });
    }
    reload();
}

void IngestPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_refresh.start();
}

void IngestPage::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QWidget::hideEvent(event);
}

void IngestPage::reload()
{
    const QString chosen = m_table->currentIndex().data(IngestModel::TransactionIdRole).toString();
    const QString error = m_model->reload();
    if (!chosen.isEmpty() && !m_table->currentIndex().isValid()) {
        if (const int row = m_model->rowOf(chosen); row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
    showCounts(error);
}

void IngestPage::showCounts(const QString &error)
{
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    const QMap<QString, qint64> &byStatus = m_model->countsByStatus();
    const QMap<QString, qint64> &byCategory = m_model->countsByCategory();
    const QLocale locale;
    m_summary->setText(tr("<b>%1</b> received · processed <b>%2</b> · processing <b>%3</b> — "
                          "high value <b>%4</b> · medium value <b>%5</b> · standard <b>%6</b>")
                           .arg(locale.toString(m_model->totalCount()),
                                locale.toString(byStatus.value(IngestedTransaction::processed)),
                                locale.toString(byStatus.value(IngestedTransaction::processing)),
                                locale.toString(byCategory.value(CategoryBands::highValue)),
                                locale.toString(byCategory.value(CategoryBands::mediumValue)),
                                locale.toString(byCategory.value(CategoryBands::standard))));
}

void IngestPage::updatePager(int page, int pageCount, qint64 total)
{
    fitColumnsOnce(m_table, IngestModel::MerchantColumn);
    m_pageLabel->setText(
        tr("Page %1 of %2 · %n transaction(s)", nullptr, int(qMin<qint64>(total, INT_MAX))).arg(page + 1).arg(pageCount));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pageCount);
}

} // namespace Ledgerdesk
