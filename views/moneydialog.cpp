#include "moneydialog.h"

#include "clients/clientrepository.h"
#include "fieldproblem.h"
#include "ledger/accountrepository.h"
#include "ledger/ledgermessages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ledgerdesk {

MoneyDialog::MoneyDialog(Mode mode, Database &db, const Account &wallet, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_db(db)
    , m_wallet(wallet)
    , m_amount(new QLineEdit(this))
    , m_amountInfo(new QLabel(this))
    , m_memo(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    static const char *const titles[] = {QT_TR_NOOP("Deposit"), QT_TR_NOOP("Withdraw"), QT_TR_NOOP("Transfer")};
    setWindowTitle(tr(titles[int(mode)]));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amountInfo->setObjectName(QStringLiteral("amountInfo"));
    m_memo->setObjectName(QStringLiteral("memo"));
    m_amount->setPlaceholderText(Money(123450, wallet.currency).formatNumber(locale()));
    m_amountInfo->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Wallet:"), new QLabel(tr("%1 — balance %2").arg(wallet.id, wallet.balance().format()), this));
    if (mode == Mode::Transfer) {
        m_destination = new QLineEdit(this);
        m_destination->setObjectName(QStringLiteral("destination"));
        m_destination->setPlaceholderText(tr("Wallet ID of the receiving wallet"));
        m_destinationInfo = new QLabel(this);
        m_destinationInfo->setObjectName(QStringLiteral("destinationInfo"));
        m_destinationInfo->setWordWrap(true);
        form->addRow(tr("To wallet:"), m_destination);
        form->addRow(QString(), m_destinationInfo);
        connect(m_destination, &QLineEdit::textChanged, this, &MoneyDialog::revalidate);
    }
    form->addRow(tr("Amount (%1):").arg(wallet.currency), m_amount);
    form->addRow(QString(), m_amountInfo);
    form->addRow(tr("Memo:"), m_memo);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr(titles[int(mode)]));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &MoneyDialog::revalidate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    revalidate();
}

QString MoneyDialog::messageType() const
{
    switch (m_mode) {
    case Mode::Deposit:
        return LedgerMessages::deposit;
    case Mode::Withdraw:
        return LedgerMessages::withdraw;
    case Mode::Transfer:
        return LedgerMessages::transfer;
    }
    return {};
}

QJsonObject MoneyDialog::payload() const
{
    QJsonObject payload {{QStringLiteral("amount"), Money(m_amountMinor, m_wallet.currency).toDecimalString()}};
    if (m_mode == Mode::Transfer) {
        payload.insert(QStringLiteral("from_wallet_id"), m_wallet.id);
        payload.insert(QStringLiteral("to_wallet_id"), m_destinationId);
    } else {
        payload.insert(QStringLiteral("wallet_id"), m_wallet.id);
    }
    if (!m_memo->text().trimmed().isEmpty())
        payload.insert(QStringLiteral("memo"), m_memo->text().trimmed());
    return payload;
}

QString MoneyDialog::amountError() const
{
    return isFieldProblem(m_amountInfo) ? m_amountInfo->text() : QString();
}

QString MoneyDialog::destinationError() const
{
    return m_destinationInfo && isFieldProblem(m_destinationInfo) ? m_destinationInfo->text() : QString();
}

bool MoneyDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void MoneyDialog::revalidate()
{
    bool valid = true;
    m_amountMinor = 0;
    QString amountProblem;
    if (m_amount->text().trimmed().isEmpty()) {
        valid = false;
    } else if (auto amount = Money::parseLocalized(m_amount->text(), m_wallet.currency, locale()); !amount) {
        amountProblem = amount.error().message;
    } else if (amount->isZero()) {
        amountProblem = tr("The amount must be more than zero.");
    } else if (m_mode != Mode::Deposit && amount->minor() > m_wallet.balanceMinor) {
        amountProblem = tr("Insufficient funds: the wallet holds %1.").arg(m_wallet.balance().format());
    } else {
        m_amountMinor = amount->minor();
    }
    if (!amountProblem.isEmpty())
        valid = false;
    showFieldProblem(m_amountInfo, amountProblem,
        m_mode == Mode::Deposit ? tr("Cash received at the desk.") : tr("Available: %1").arg(m_wallet.balance().format()));

    if (m_mode == Mode::Transfer) {
        m_destinationId = m_destination->text().trimmed();
        QString problem;
        QString hint;
        if (m_destinationId.isEmpty()) {
            valid = false;
        } else if (m_destinationId == m_wallet.id) {
            problem = tr("Choose a different wallet to receive the money.");
        } else if (auto target = AccountRepository(m_db).findOpenWallet(m_destinationId); !target) {
            problem = target.error().message;
        } else if (target->currency != m_wallet.currency) {
            problem = tr("That wallet holds %1; a transfer needs a %2 wallet.").arg(target->currency, m_wallet.currency);
        } else {
            auto owner = ClientRepository(m_db).find(target->clientId);
            hint = tr("Goes to %1 (%2).").arg(owner ? owner->fullName() : target->clientId, target->currency);
        }
        if (!problem.isEmpty())
            valid = false;
        showFieldProblem(m_destinationInfo, problem, hint);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace Ledgerdesk
