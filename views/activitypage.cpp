#include "activitypage.h"

#include "activity/activitymessages.h"
#include "agents/agentrepository.h"
#include "commands/commandgateway.h"
#include "models/activitymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>

namespace Ledgerdesk {

namespace {

enum class Period { All, Today, Yesterday, Last7Days, Last30Days };

// [from, to) in epoch milliseconds for a period in the local calendar.
std::pair<qint64, qint64> rangeOf(Period period)
{
    const QDate today = QDate::currentDate();
    const auto startOf = [](QDate date) { return date.startOfDay().toMSecsSinceEpoch(); };
    switch (period) {
    case Period::All:
        return {0, 0};
    case Period::Today:
        return {startOf(today), 0};
    case Period::Yesterday:
        return {startOf(today.addDays(-1)), startOf(today)};
    case Period::Last7Days:
        return {startOf(today.addDays(-6)), 0};
    case Period::Last30Days:
        return {startOf(today.addDays(-29)), 0};
    }
    return {0, 0};
}

} // namespace

ActivityPage::ActivityPage(Database &db, CommandGateway *gateway, bool isSupervisor, QWidget *parent)
    : PagedTablePage(parent)
    , m_db(db)
    , m_gateway(gateway)
    , m_isSupervisor(isSupervisor)
    , m_model(new ActivityModel(db, this))
    , m_period(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_showDeleted(new QCheckBox(tr("Show deleted"), this))
{
    fillFilters(db);
    buildTable();
    layOutFilters();
    connectSignals();
    m_delete->setToolTip(isSupervisor ? QString() : tr("Only a supervisor can delete activity records."));
    applyFilter();
    table()->resizeColumnsToContents();
}

void ActivityPage::fillFilters(Database &db)
{
    m_period->setObjectName(QStringLiteral("period"));
    m_action->setObjectName(QStringLiteral("action"));
    m_agent->setObjectName(QStringLiteral("agent"));
    m_period->addItem(tr("All time"), int(Period::All));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Yesterday"), int(Period::Yesterday));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_action->addItem(tr("All actions"), QString());
    const std::pair<const char *, const char *> verbs[] = {
        {QT_TR_NOOP("Create"), "Create"},
        {QT_TR_NOOP("Read"), "Read"},
        {QT_TR_NOOP("Update"), "Update"},
        {QT_TR_NOOP("Delete"), "Delete"},
        {QT_TR_NOOP("Deposit"), "Deposit"},
        {QT_TR_NOOP("Withdraw"), "Withdraw"},
        {QT_TR_NOOP("Transfer"), "Transfer"},
        {QT_TR_NOOP("Reverse"), "Reverse"},
        {QT_TR_NOOP("Apply"), "Apply"},
        {QT_TR_NOOP("Approve"), "Approve"},
        {QT_TR_NOOP("Reject"), "Reject"},
        {QT_TR_NOOP("Fund"), "Fund"},
        {QT_TR_NOOP("Repay"), "Repay"},
        {QT_TR_NOOP("Pay"), "Pay"},
        {QT_TR_NOOP("Fail"), "Fail"},
        {QT_TR_NOOP("Add"), "Add"},
        {QT_TR_NOOP("Redeem"), "Redeem"},
        {QT_TR_NOOP("Redrive"), "Redrive"},
        {QT_TR_NOOP("Discard"), "Discard"},
        {QT_TR_NOOP("Resend"), "Resend"},
        {QT_TR_NOOP("Refuse"), "Refuse"},
        {QT_TR_NOOP("Change"), "Change"},
        {QT_TR_NOOP("Replace"), "Replace"},
        {QT_TR_NOOP("Revoke"), "Revoke"},
    };
    for (const auto &[label, verb] : verbs)
        m_action->addItem(tr(label), QString::fromLatin1(verb));
    m_agent->addItem(tr("All agents"), QString());
    if (auto agents = AgentRepository(db).list(true)) {
        for (const Agent &agent : std::as_const(*agents))
            m_agent->addItem(agent.displayName, agent.id);
    }
}

// The table sorted newest first, and the correction and deletion buttons beside the pager.
void ActivityPage::buildTable()
{
    setUpTable(m_model, QStringLiteral("activity"), -1);
    table()->setSortingEnabled(true);
    table()->horizontalHeader()->setSortIndicator(ActivityModel::TimeColumn, Qt::DescendingOrder);
    m_correct = new QPushButton(tr("Correct…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    addFooterButton(m_correct);
    addFooterButton(m_delete);
}

void ActivityPage::layOutFilters()
{
    QHBoxLayout *filters = topBar();
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_period);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("Agent:"), this));
    filters->addWidget(m_agent);
    filters->addWidget(m_showDeleted);
    filters->addStretch(1);
}

void ActivityPage::connectSignals()
{
    for (QComboBox *combo : {m_period, m_action, m_agent})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilter);
    connect(m_showDeleted, &QCheckBox::toggled, this, &ActivityPage::applyFilter);
    connect(m_model, &ActivityModel::pageChanged, this, &ActivityPage::updateActions);
    connect(m_correct, &QPushButton::clicked, this, &ActivityPage::correctSelected);
    connect(m_delete, &QPushButton::clicked, this, &ActivityPage::deleteSelected);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityPage::updateActions);
    if (m_gateway)
        connect(m_gateway, &CommandGateway::booksChanged, this, &ActivityPage::reload);
}

void ActivityPage::reload()
{
    m_model->reload();
}

void ActivityPage::applyFilter()
{
    ActivityFilter filter;
    const auto [from, to] = rangeOf(Period(m_period->currentData().toInt()));
    filter.fromMs = from;
    filter.toMs = to;
    filter.verb = m_action->currentData().toString();
    filter.agentId = m_agent->currentData().toString();
    filter.includeDeleted = m_showDeleted->isChecked();
    m_model->setFilter(filter);
}

QString ActivityPage::pagerText(int pageNumber, int pageCount, int total) const
{
    return tr("Page %1 of %2 · %n record(s)", nullptr, total).arg(pageNumber).arg(pageCount);
}

void ActivityPage::updateActions()
{
    const QModelIndex current = table()->currentIndex();
    const bool live = current.isValid() && !current.data(ActivityModel::DeletedRole).toBool();
    m_correct->setEnabled(m_gateway && live);
    m_delete->setEnabled(m_gateway && live && m_isSupervisor);
}

void ActivityPage::correctSelected()
{
    const QModelIndex current = table()->currentIndex();
    if (!m_gateway || !current.isValid())
        return;
    const QString recordId = current.data(ActivityModel::RecordIdRole).toString();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Correct activity record"));
    auto *attribute = new QLineEdit(m_model->index(current.row(), ActivityModel::AttributeColumn).data().toString(), &dialog);
    auto *before = new QLineEdit(m_model->index(current.row(), ActivityModel::BeforeColumn).data().toString(), &dialog);
    auto *after = new QLineEdit(m_model->index(current.row(), ActivityModel::AfterColumn).data().toString(), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("The correction is itself recorded in the activity log."), &dialog));
    form->addRow(tr("Attribute:"), attribute);
    form->addRow(tr("Before:"), before);
    form->addRow(tr("After:"), after);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_gateway->submit(ActivityMessages::recordUpdate,
        {{QStringLiteral("record_id"), recordId},
            {QStringLiteral("changes"),
                QJsonObject {{QStringLiteral("attribute"), attribute->text()}, {QStringLiteral("before"), before->text()},
                    {QStringLiteral("after"), after->text()}}}});
}

void ActivityPage::deleteSelected()
{
    const QModelIndex current = table()->currentIndex();
    if (!m_gateway || !current.isValid())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete activity record"), tr("Delete this record? A tombstone saying who deleted it and when remains."));
    if (answer == QMessageBox::Yes)
        m_gateway->submit(ActivityMessages::recordDelete,
            {{QStringLiteral("record_id"), current.data(ActivityModel::RecordIdRole).toString()}});
}

} // namespace Ledgerdesk
