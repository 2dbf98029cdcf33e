#include "paymentspage.h"

#include "commands/commandgateway.h"
#include "core/ids.h"
#include "core/money.h"
#include "fieldproblem.h"
#include "models/paymentlistmodel.h"
#include "models/walletchoicemodel.h"
#include "payments/paymentmessages.h"
#include "tableviews.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ledgerdesk {

PaymentsPage::PaymentsPage(Database &db, CommandGateway *gateway, QWidget *parent)
    : QWidget(parent)
    , m_gateway(gateway)
    , m_model(new PaymentListModel(db, this))
    , m_wallets(new WalletChoiceModel(db, this))
    , m_wallet(new QComboBox(this))
    , m_merchant(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_pay(new QPushButton(tr("Pay"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_wallet->setObjectName(QStringLiteral("wallet"));
    m_merchant->setObjectName(QStringLiteral("merchant"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_info->setObjectName(QStringLiteral("info"));
    m_pay->setObjectName(QStringLiteral("pay"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_table->setObjectName(QStringLiteral("payments"));

    m_wallet->setModel(m_wallets);
    m_wallet->setMinimumContentsLength(36);
    m_merchant->setPlaceholderText(tr("Merchant ID, like ACME-STORES"));
    m_merchant->setMaxLength(64);
    m_info->setWordWrap(true);
    setUpRecordTable(m_table, m_model, PaymentListModel::ReasonColumn);

    auto *form = new QFormLayout;
    form->addRow(tr("From wallet:"), m_wallet);
    form->addRow(tr("To merchant:"), m_merchant);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_pay);
    form->addRow(tr("Amount:"), amountRow);
    form->addRow(QString(), m_info);
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(640);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(formBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_wallet, &QComboBox::currentIndexChanged, this, &PaymentsPage::revalidate);
    connect(m_merchant, &QLineEdit::textChanged, this, &PaymentsPage::revalidate);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentsPage::revalidate);
    connect(m_amount, &QLineEdit::returnPressed, this, &PaymentsPage::submit);
    connect(m_pay, &QPushButton::clicked, this, &PaymentsPage::submit);
    if (gateway) {
        connect(gateway, &CommandGateway::booksChanged, this, [this]() {
            if (isVisible() || !m_followed.isEmpty())
                reload();
        });
    } else {
        for (QWidget *field : std::initializer_list<QWidget *> {m_wallet, m_merchant, m_amount, m_pay})
            field->setEnabled(false);
    }
    reload();
}

void PaymentsPage::fillForm(const QString &walletId, const QString &merchant, const QString &amountText)
{
    if (const int row = m_wallets->rowOf(walletId); row >= 0)
        m_wallet->setCurrentIndex(row);
    m_merchant->setText(merchant);
    m_amount->setText(amountText);
}

bool PaymentsPage::isFormAcceptable() const
{
    return m_pay->isEnabled();
}

QString PaymentsPage::formProblem() const
{
    return isFieldProblem(m_info) ? m_info->text() : QString();
}

QString PaymentsPage::submit()
{
    if (!m_gateway || !isFormAcceptable())
        return {};
    const QString paymentId = Ids::next();
    const QString currency = m_wallet->currentData(WalletChoiceModel::CurrencyRole).toString();
    m_followed.insert(paymentId);
    m_gateway->submit(PaymentMessages::request,
        {{QStringLiteral("payment_id"), paymentId},
            {QStringLiteral("wallet_id"), m_wallet->currentData(WalletChoiceModel::WalletIdRole).toString()},
            {QStringLiteral("merchant_id"), m_merchant->text().trimmed()},
            {QStringLiteral("amount"), Money(m_amountMinor, currency).toDecimalString()}});
    m_amount->clear();
    return paymentId;
}

void PaymentsPage::reload()
{
    const QString chosen = m_table->currentIndex().data(PaymentListModel::PaymentIdRole).toString();
    const QString chosenWallet = m_wallet->currentData(WalletChoiceModel::WalletIdRole).toString();
    QString error = m_model->reload();
    if (const QString walletsError = m_wallets->reload(); error.isEmpty())
        error = walletsError;
    if (const int row = m_wallets->rowOf(chosenWallet); row >= 0)
        m_wallet->setCurrentIndex(row);
    if (!error.isEmpty())
        Q_EMIT problem(error);
    fitColumnsOnce(m_table, PaymentListModel::ReasonColumn);
    if (const int row = m_model->rowOf(chosen); row >= 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(row, 0));

    int pending = 0, succeeded = 0, failed = 0;
    for (const Payment &payment : m_model->rows()) {
        switch (payment.status) {
        case PaymentStatus::Pending:
            ++pending;
            break;
        case PaymentStatus::Succeeded:
            ++succeeded;
            break;
        case PaymentStatus::Failed:
            ++failed;
            break;
        }
    }
    m_summary->setText(
        tr("Latest %n payment(s): <b>%1</b> pending · <b>%2</b> succeeded · <b>%3</b> failed", nullptr, int(m_model->rowCount()))
            .arg(pending)
            .arg(succeeded)
            .arg(failed));
    announceSettled();
    revalidate();
}

void PaymentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void PaymentsPage::announceSettled()
{
    for (const Payment &payment : m_model->rows()) {
        if (payment.status == PaymentStatus::Pending || !m_followed.remove(payment.id))
            continue;
        const QString amount = Money(payment.amountMinor, payment.currency).format(locale());
        if (payment.status == PaymentStatus::Succeeded)
            Q_EMIT outcome(true, tr("Payment of %1 to %2 succeeded.").arg(amount, payment.merchantId));
        else
            Q_EMIT outcome(false, tr("Payment of %1 to %2 failed: %3").arg(amount, payment.merchantId, payment.reason));
    }
}

void PaymentsPage::revalidate()
{
    m_amountMinor = 0;
    const QString currency = m_wallet->currentData(WalletChoiceModel::CurrencyRole).toString();
    const qint64 balance = m_wallet->currentData(WalletChoiceModel::BalanceMinorRole).toLongLong();
    QString problem;
    QString hint = tr("The wallet is debited when the processor applies the payment.");
    bool complete = m_wallet->currentIndex() >= 0 && !m_merchant->text().trimmed().isEmpty();
    if (m_wallet->currentIndex() < 0) {
        problem = tr("There is no open wallet to pay from.");
    } else if (m_amount->text().trimmed().isEmpty()) {
        complete = false;
    } else if (auto amount = Money::parseLocalized(m_amount->text(), currency, locale()); !amount) {
        problem = amount.error().message;
    } else if (amount->isZero()) {
        problem = tr("The amount must be more than zero.");
    } else {
        m_amountMinor = amount->minor();
        if (m_amountMinor > balance)
            hint = tr("The wallet holds %1 now: unless money arrives first, this payment will fail.")
                       .arg(Money(balance, currency).format(locale()));
    }
    showFieldProblem(m_info, problem, hint);
    m_pay->setEnabled(m_gateway && complete && problem.isEmpty() && m_amountMinor > 0);
}

} // namespace Ledgerdesk
