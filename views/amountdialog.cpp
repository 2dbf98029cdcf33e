#include "amountdialog.h"

#include "core/money.h"
#include "fieldproblem.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ledgerdesk {

AmountDialog::AmountDialog(const QString &title, const QString &context, const QString &currency, Limit limit, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_limit(std::move(limit))
    , m_amount(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_info->setObjectName(QStringLiteral("amountInfo"));
    m_info->setWordWrap(true);
    m_amount->setPlaceholderText(Money(10000, currency).formatNumber(locale()));
    auto *contextLabel = new QLabel(context, this);
    contextLabel->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(contextLabel);
    form->addRow(tr("Amount (%1):").arg(currency), m_amount);
    form->addRow(QString(), m_info);
    m_buttons->button(QDialogButtonBox::Ok)->setText(title);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &AmountDialog::revalidate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    revalidate();
}

void AmountDialog::setAmount(qint64 minor)
{
    m_amount->setText(Money(minor, m_currency).formatNumber(locale()));
}

QString AmountDialog::problem() const
{
    return isFieldProblem(m_info) ? m_info->text() : QString();
}

void AmountDialog::revalidate()
{
    m_amountMinor = 0;
    QString problem;
    if (!m_amount->text().trimmed().isEmpty()) {
        if (auto amount = Money::parseLocalized(m_amount->text(), m_currency, locale()); !amount)
            problem = amount.error().message;
        else if (amount->isZero())
            problem = tr("The amount must be more than zero.");
        else if (m_limit.minor >= 0 && amount->minor() > m_limit.minor)
            problem = m_limit.problem;
        else
            m_amountMinor = amount->minor();
    }
    showFieldProblem(m_info, problem, QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_amountMinor > 0);
}

} // namespace Ledgerdesk
