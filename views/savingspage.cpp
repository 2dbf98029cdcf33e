#include "savingspage.h"

#include "amountdialog.h"
#include "commands/commandgateway.h"
#include "core/money.h"
#include "goaldialog.h"
#include "ledger/accountrepository.h"
#include "models/contributionmodel.h"
#include "models/goallistmodel.h"
#include "progressdelegate.h"
#include "savings/savingsmessages.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ledgerdesk {

SavingsPage::SavingsPage(Database &db, CommandGateway *gateway, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_gateway(gateway)
    , m_model(new GoalListModel(db, this))
    , m_history(new ContributionModel(db, this))
    , m_goals(new QTableView(this))
    , m_historyTable(new QTableView(this))
    , m_details(new QLabel(this))
    , m_create(new QPushButton(tr("New goal…"), this))
    , m_add(new QPushButton(tr("Add money…"), this))
    , m_redeem(new QPushButton(tr("Redeem"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    m_goals->setObjectName(QStringLiteral("goals"));
    m_historyTable->setObjectName(QStringLiteral("history"));
    m_details->setObjectName(QStringLiteral("details"));
    m_create->setObjectName(QStringLiteral("create"));
    m_add->setObjectName(QStringLiteral("add"));
    m_redeem->setObjectName(QStringLiteral("redeem"));
    m_delete->setObjectName(QStringLiteral("delete"));

    setUpRecordTable(m_goals, m_model, GoalListModel::GoalColumn);
    m_goals->setItemDelegateForColumn(GoalListModel::ProgressColumn, new ProgressDelegate(GoalListModel::ProgressRole, this));
    setUpRecordTable(m_historyTable, m_history, -1);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    for (QPushButton *button : {m_create, m_add, m_redeem, m_delete})
        actions->addWidget(button);

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_details);
    historyLayout->addWidget(m_historyTable, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_goals);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(m_goals->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SavingsPage::showChosenGoal);
    connect(m_create, &QPushButton::clicked, this, [this]() {
        GoalDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            m_gateway->submit(SavingsMessages::create, dialog.payload());
    });
    connect(m_add, &QPushButton::clicked, this, &SavingsPage::addMoney);
    connect(m_redeem, &QPushButton::clicked, this, [this]() { closeGoal(true); });
    connect(m_delete, &QPushButton::clicked, this, [this]() { closeGoal(false); });
    if (gateway) {
        connect(gateway, &CommandGateway::booksChanged, this, [this]() {
            if (isVisible())
                reload();
        });
    }
    reload();
}

bool SavingsPage::selectGoal(const QString &goalId)
{
    const int row = m_model->rowOf(goalId);
    if (row < 0)
        return false;
    m_goals->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void SavingsPage::reload()
{
    const QString chosen = m_goals->currentIndex().data(GoalListModel::GoalIdRole).toString();
    if (const QString error = m_model->reload(); !error.isEmpty())
        Q_EMIT problem(error);
    fitColumnsOnce(m_goals, GoalListModel::GoalColumn);
    m_goals->setColumnWidth(GoalListModel::ProgressColumn, std::max(m_goals->columnWidth(GoalListModel::ProgressColumn), 140));
    if (!chosen.isEmpty() && !m_goals->currentIndex().isValid())
        selectGoal(chosen);
    if (!m_goals->currentIndex().isValid() && m_model->rowCount() > 0)
        m_goals->setCurrentIndex(m_model->index(0, 0));
    showChosenGoal();
}

void SavingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void SavingsPage::showChosenGoal()
{
    const int row = m_goals->currentIndex().row();
    const bool writable = m_gateway != nullptr;
    m_create->setEnabled(writable);
    if (row < 0 || row >= m_model->rowCount()) {
        m_history->setGoal({}, {});
        m_details->setText(m_model->rowCount() == 0 ? tr("No savings goals yet. “New goal…” starts one.") : QString());
        for (QPushButton *button : {m_add, m_redeem, m_delete})
            button->setEnabled(false);
        return;
    }
    const SavingsGoal &goal = m_model->rowAt(row);
    const bool open = goal.status == GoalStatus::Open;
    m_add->setEnabled(writable && open);
    m_redeem->setEnabled(writable && open && goal.isReached());
    m_redeem->setToolTip(open && !goal.isReached() ? tr("A goal can be redeemed once it reaches its target.") : QString());
    m_delete->setEnabled(writable && open);
    if (const QString error = m_history->setGoal(goal.id, goal.currency); !error.isEmpty())
        Q_EMIT problem(error);
    fitColumnsOnce(m_historyTable, -1);
    const qint64 missing = goal.targetMinor - goal.currentMinor;
    m_details->setText(
        tr("<b>%1</b> · saving from %2 · %3 of %4 saved%5")
            .arg(goal.name.toHtmlEscaped(), goal.walletId.toHtmlEscaped(),
                Money(goal.currentMinor, goal.currency).format(locale()), Money(goal.targetMinor, goal.currency).format(locale()),
                open && missing > 0 ? tr(" · %1 to go").arg(Money(missing, goal.currency).format(locale())) : QString()));
}

void SavingsPage::addMoney()
{
    const int row = m_goals->currentIndex().row();
    if (row < 0 || !m_gateway)
        return;
    const SavingsGoal goal = m_model->rowAt(row);
    auto wallet = AccountRepository(m_db).find(goal.walletId);
    if (!wallet) {
        Q_EMIT problem(wallet.error().message);
        return;
    }
    const Money available = wallet->balance();
    AmountDialog dialog(tr("Add money"),
        tr("From wallet %1, which holds %2, into “%3”.").arg(goal.walletId, available.format(locale()), goal.name), goal.currency,
        {available.minor(), tr("Insufficient funds: the wallet holds %1.").arg(available.format(locale()))}, this);
    if (const qint64 missing = goal.targetMinor - goal.currentMinor; missing > 0)
        dialog.setAmount(std::min(missing, available.minor()));
    if (dialog.exec() == QDialog::Accepted)
        m_gateway->submit(SavingsMessages::add,
            {{QStringLiteral("goal_id"), goal.id},
                {QStringLiteral("amount"), Money(dialog.amountMinor(), goal.currency).toDecimalString()}});
}

void SavingsPage::closeGoal(bool redeem)
{
    const int row = m_goals->currentIndex().row();
    if (row < 0 || !m_gateway)
        return;
    const SavingsGoal goal = m_model->rowAt(row);
    const QString held = Money(goal.currentMinor, goal.currency).format(locale());
    if (!redeem) {
        const auto answer = QMessageBox::question(this, tr("Delete savings goal"),
            tr("Delete “%1”? The %2 it holds go back to wallet %3.").arg(goal.name, held, goal.walletId));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_gateway->submit(redeem ? SavingsMessages::redeem : SavingsMessages::remove, {{QStringLiteral("goal_id"), goal.id}});
}

} // namespace Ledgerdesk
