#include "outboxpage.h"

#include "commands/commandgateway.h"
#include "models/outboxmodel.h"
#include "notify/notifymessages.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace Ledgerdesk {

OutboxPage::OutboxPage(Database &db, CommandGateway *gateway, QWidget *parent)
    : PagedTablePage(parent)
    , m_gateway(gateway)
    , m_model(new OutboxModel(db, this))
    , m_summary(new QLabel(this))
    , m_status(new QComboBox(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("All"), QVariant());
    m_status->addItem(tr("Pending"), QVariant::fromValue(OutboxStatus::Pending));
    m_status->addItem(tr("Sent"), QVariant::fromValue(OutboxStatus::Sent));
    m_status->addItem(tr("Retrying"), QVariant::fromValue(OutboxStatus::Failed));
    m_status->addItem(tr("Dead"), QVariant::fromValue(OutboxStatus::Dead));

    setUpTable(m_model, QStringLiteral("outbox"), -1);
    fitColumnsOnEveryPage(OutboxModel::LastErrorColumn);
    m_resend = new QPushButton(tr("Resend"), this);
    m_resend->setObjectName(QStringLiteral("resend"));
    m_resend->setToolTip(gateway
            ? tr("Send the notification again; its attempts so far are kept, and the activity log says who asked.")
            : tr("This book is open read-only: nothing can be resent."));
    addFooterButton(m_resend);
    topBar()->addWidget(m_summary, 1);
    topBar()->addWidget(new QLabel(tr("Status:"), this));
    topBar()->addWidget(m_status);

    connect(m_status, &QComboBox::currentIndexChanged, this, &OutboxPage::applyFilter);
    connect(m_resend, &QPushButton::clicked, this, &OutboxPage::resendSelected);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPage::updateActions);
    refreshWhileVisible(gateway);
    if (gateway) {
        connect(gateway, &CommandGateway::applied, this, [this](const QString &, const QString &type) {
            if (type == NotifyMessages::resend)
                reload();
        });
    }
    reload();
}

void OutboxPage::reload()
{
    showCounts(reloadKeepingChoice(m_model, OutboxModel::MessageIdRole));
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
    m_summary->setText(tr("Pending <b>%1</b> · sent <b>%2</b> · retrying <b>%3</b> · dead <b>%4</b> · <b>%5</b> in all")
                           .arg(locale.toString(counts.pending), locale.toString(counts.sent), locale.toString(counts.failed),
                               locale.toString(counts.dead), locale.toString(counts.total())));
}

QString OutboxPage::pagerText(int pageNumber, int pageCount, int total) const
{
    return tr("Page %1 of %2 · %n notification(s)", nullptr, total).arg(pageNumber).arg(pageCount);
}

void OutboxPage::updateActions()
{
    const QModelIndex current = table()->currentIndex();
    m_resend->setEnabled(m_gateway && current.isValid() && current.data(OutboxModel::ResendableRole).toBool());
}

void OutboxPage::resendSelected()
{
    const QModelIndex current = table()->currentIndex();
    if (!m_gateway || !current.isValid())
        return;
    // Through the queue, so the activity log says who asked; the list follows once it is applied.
    m_gateway->submit(
        NotifyMessages::resend, {{QStringLiteral("notification_id"), current.data(OutboxModel::MessageIdRole).toString()}});
}

} // namespace Ledgerdesk
