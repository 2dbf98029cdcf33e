#include "loandialog.h"

#include "core/money.h"
#include "fieldproblem.h"
#include "models/walletchoicemodel.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ledgerdesk {

LoanDialog::LoanDialog(Database &db, const RateTiers &tiers, const QString &walletId, QWidget *parent)
    : QDialog(parent)
    , m_tiers(tiers)
    , m_wallets(new WalletChoiceModel(db, this))
    , m_wallet(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_amountInfo(new QLabel(this))
    , m_term(new QSpinBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    BookSettings settings(db);
    if (auto limits = PrincipalLimits::load(settings); limits)
        m_limits = *limits;
    else
        m_limitsProblem = limits.error().message;
    setWindowTitle(tr("Apply for a loan"));
    m_wallet->setObjectName(QStringLiteral("wallet"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amountInfo->setObjectName(QStringLiteral("amountInfo"));
    m_term->setObjectName(QStringLiteral("term"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_wallets->reload();
    m_wallet->setModel(m_wallets);
    if (const int row = m_wallets->rowOf(walletId); row >= 0)
        m_wallet->setCurrentIndex(row);
    m_term->setRange(1, LoanTerms::maxTermMonths);
    m_term->setValue(12);
    m_term->setSuffix(tr(" months"));
    m_amountInfo->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 4);

    auto *form = new QFormLayout;
    form->addRow(tr("Wallet:"), m_wallet);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(QString(), m_amountInfo);
    form->addRow(tr("Term:"), m_term);
    form->addRow(tr("Preview:"), m_preview);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &LoanDialog::revalidate);
    connect(m_term, &QSpinBox::valueChanged, this, &LoanDialog::revalidate);
    connect(m_wallet, &QComboBox::currentIndexChanged, this, &LoanDialog::revalidate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    revalidate();
}

QJsonObject LoanDialog::payload() const
{
    const QString walletId = m_wallet->currentData(WalletChoiceModel::WalletIdRole).toString();
    const QString currency = m_wallet->currentData(WalletChoiceModel::CurrencyRole).toString();
    return {{QStringLiteral("wallet_id"), walletId}, {QStringLiteral("amount"), Money(m_amountMinor, currency).toDecimalString()},
        {QStringLiteral("term_months"), m_term->value()}};
}

bool LoanDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString LoanDialog::amountProblem() const
{
    return isFieldProblem(m_amountInfo) ? m_amountInfo->text() : QString();
}

QString LoanDialog::preview() const
{
    return m_preview->text();
}

void LoanDialog::setAmountText(const QString &text)
{
    m_amount->setText(text);
}

void LoanDialog::setTermMonths(int months)
{
    m_term->setValue(months);
}

void LoanDialog::revalidate()
{
    m_amountMinor = 0;
    const QString currency = m_wallet->currentData(WalletChoiceModel::CurrencyRole).toString();
    QString problem;
    if (m_wallet->currentIndex() < 0) {
        problem = tr("There is no open wallet to pay the loan into.");
    } else if (!m_amount->text().trimmed().isEmpty()) {
        if (auto amount = Money::parseLocalized(m_amount->text(), currency, locale()); !amount)
            problem = amount.error().message;
        else if (amount->isZero())
            problem = tr("The amount must be more than zero.");
        else if (!m_limits)
            problem = m_limitsProblem;
        else if (auto allowed = m_limits->check(*amount); !allowed)
            problem = allowed.error().message;
        else
            m_amountMinor = amount->minor();
    }
    showFieldProblem(m_amountInfo, problem, tr("Paid into the wallet once a second supervisor approves it."));

    const LoanTerms terms {m_amountMinor, m_tiers.rateBpFor(m_term->value()), m_term->value()};
    const QString rate = locale().toString(terms.rateBp / 100.0, 'f', 2);
    if (m_amountMinor > 0 && terms.validate()) {
        const qint64 total = terms.totalDueMinor();
        m_preview->setText(
            tr("Rate <b>%1 %</b> a year<br>Monthly payment <b>%2</b><br>Interest in all %3<br>Total to repay %4")
                .arg(rate, Money(terms.monthlyPaymentMinor(), currency).format(locale()),
                    Money(total - m_amountMinor, currency).format(locale()), Money(total, currency).format(locale())));
    } else {
        m_preview->setText(tr("Rate <b>%1 %</b> a year for this term.<br>Enter an amount to see the payment.").arg(rate));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_amountMinor > 0 && bool(terms.validate()));
}

} // namespace Ledgerdesk
