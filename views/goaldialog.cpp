#include "goaldialog.h"

#include "core/money.h"
#include "fieldproblem.h"
#include "models/walletchoicemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ledgerdesk {

GoalDialog::GoalDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_wallets(new WalletChoiceModel(db, this))
    , m_wallet(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New savings goal"));
    m_wallet->setObjectName(QStringLiteral("wallet"));
    m_name->setObjectName(QStringLiteral("name"));
    m_target->setObjectName(QStringLiteral("target"));
    m_info->setObjectName(QStringLiteral("info"));
    m_wallets->reload();
    m_wallet->setModel(m_wallets);
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("Emergency fund, a new bicycle, …"));
    m_info->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Wallet:"), m_wallet);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Target:"), m_target);
    form->addRow(QString(), m_info);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create goal"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_wallet, &QComboBox::currentIndexChanged, this, &GoalDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &GoalDialog::revalidate);
    connect(m_target, &QLineEdit::textChanged, this, &GoalDialog::revalidate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    revalidate();
}

QJsonObject GoalDialog::payload() const
{
    return {{QStringLiteral("wallet_id"), m_wallet->currentData(WalletChoiceModel::WalletIdRole).toString()},
        {QStringLiteral("name"), m_name->text().trimmed()},
        {QStringLiteral("target"),
            Money(m_targetMinor, m_wallet->currentData(WalletChoiceModel::CurrencyRole).toString()).toDecimalString()}};
}

bool GoalDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void GoalDialog::revalidate()
{
    m_targetMinor = 0;
    const QString currency = m_wallet->currentData(WalletChoiceModel::CurrencyRole).toString();
    QString problem;
    if (m_wallet->currentIndex() < 0) {
        problem = tr("There is no open wallet to save from.");
    } else if (!m_target->text().trimmed().isEmpty()) {
        if (auto target = Money::parseLocalized(m_target->text(), currency, locale()); !target)
            problem = target.error().message;
        else if (target->isZero())
            problem = tr("The target must be more than zero.");
        else
            m_targetMinor = target->minor();
    }
    showFieldProblem(
        m_info, problem, tr("Money is moved into the goal with “Add money…” and comes back when it is redeemed or deleted."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_targetMinor > 0 && !m_name->text().trimmed().isEmpty());
}

} // namespace Ledgerdesk
