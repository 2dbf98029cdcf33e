#include "outboxpage.h"

#include "commands/commandgateway.h"
#include "core/ids.h"
#include "models/outboxmodel.h"
#include "notify/outboxrepository.h"
#include "tableviews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ledgerdesk {

OutboxPage::OutboxPage(Database &db, CommandGateway *gateway, QWidget *parent)
    : QWidget(parent), m_db(db), m_gateway(gateway), m_model(new OutboxModel(db, this)), m_summary(new QLabel(this)),
      m_status(new QComboBox(this)), m_table(new QTableView(this)), m_pageLabel(new QLabel(this)),
      m_previous(new QPushButton(tr("◀ Previous"), this)), m_next(new QPushButton(tr("Next ▶"), this)),
      m_resend(new QPushButton(tr("Resend"), this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_status->setObjectName(QStringLiteral("status"));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_previous->setObjectName(QStringLiteral("previous"));
    m_next->setObjectName(QStringLiteral("next"));
    m_resend->setObjectName(QStringLiteral("resend"));
    m_status->addItem(tr("All"), QVariant());
    m_status->addItem(tr("Pending"), QVariant::fromValue(OutboxStatus::Pending));
    m_status->addItem(tr("Sent"), QVariant::fromValue(OutboxStatus::Sent));
    m_status->addItem(tr("Failed"), QVariant::fromValue(OutboxStatus::Failed));
    m_status->addItem(tr("Dead"), QVariant::fromValue(OutboxStatus::Dead));
    m_resend->setToolTip(gateway ? tr("Send the notification again now; its attempts so far are kept.")
                                 : tr("This book is open read-only: nothing can be resent."));

    m_table->setObjectName(QStringLiteral("outbox"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Status:"), this));
    top->addWidget(m_status);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_resend);
    footer->addStretch(1);
    footer->addWidget(m_previous);
    footer->addWidget(m_pageLabel);
    footer->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    m_refresh.setInterval(defaultRefreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &OutboxPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OutboxPage::applyFilter);
    connect(m_model, &OutboxModel::pageChanged, this, &OutboxPage::updatePager);
    connect(m_previous, &QPushButton::clicked, this, [this]() { m_model->setPage(m_model->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this]() { m_model->setPage(m_model->page() + 1); });
    connect(m_resend, &QPushButton::clicked, this, &OutboxPage::resendSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPage::updateActions);
    if (gateway) {
        connect(gateway, &CommandGateway::booksChanged, this, [this]() {
            if (isVisible())
                reload();
        });
    }
    reload();
}

void OutboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_refresh.start();
}

void OutboxPage::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QWidget::hideEvent(event);
}

void OutboxPage::reload()
{
    const QString chosen = m_table->currentIndex().data(OutboxModel::MessageIdRole).toString();
    const QString error = m_model->reload();
    if (!chosen.isEmpty() && !m_table->currentIndex().isValid()) {
        if (const int row = m_model->rowOf(chosen); row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
    showCounts(error);
    updateActions();
}

void OutboxPage::applyFilter()
{
    const QVariant status = m_status->currentData();
    m_model->setStatusFilter(status.isValid() ? std::optional(status.value<OutboxStatus>()) : std::nullopt);
    showCounts({});
    updateActions();
}

void OutboxPage::showCounts(const QString &error)
{
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    const OutboxCounts &counts = m_model->counts();
    const QLocale locale;
    m_summary->setText(tr("Pending <b>%1</b> · sent <b>%2</b> · failed <b>%3</b> · dead <b>%4</b> · <b>%5</b> in all")
                           .arg(locale.toString(counts.pending), locale.toString(counts.sent), locale.toString(counts.failed),
                                locale.toString(counts.dead), locale.toString(counts.total())));
}

void OutboxPage::updatePager(int page, int pageCount, qint64 total)
{
    fitColumnsOnce(m_table, OutboxModel::LastErrorColumn);
    m_pageLabel->setText(
        tr("Page %1 of %2 · %n notification(s)", nullptr, int(qMin<qint64>(total, INT_MAX))).arg(page + 1).arg(pageCount));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pageCount);
}

void OutboxPage::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    m_resend->setEnabled(m_gateway && current.isValid() && current.data(OutboxModel::ResendableRole).toBool());
}

void OutboxPage::resendSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_gateway || !current.isValid())
        return;
    auto done = OutboxRepository(m_db).resend(current.data(OutboxModel::MessageIdRole).toString(), Ids::nowMs());
    if (!done)
        QMessageBox::warning(this, tr("Resend notification"), done.error().message);
    reload();
}

} // namespace Ledgerdesk
