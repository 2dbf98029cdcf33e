#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Ledgerdesk {

// Asks for one amount in a currency, checked as the agent types (shape, more than zero, and at most
// `limitMinor` when one is given, with `limitProblem` as the sentence when it is exceeded). OK is
// enabled only for an acceptable amount.
class AmountDialog : public QDialog
{
    Q_OBJECT

public:
    struct Limit
    {
        qint64 minor = -1; // -1: no limit
        QString problem; // shown when the amount is above it
    };

    AmountDialog(const QString &title, const QString &context, const QString &currency, Limit limit, QWidget *parent = nullptr);

    void setAmount(qint64 minor);
    // The accepted amount in minor units; 0 while none is acceptable.
    qint64 amountMinor() const { return m_amountMinor; }
    QString problem() const;

private:
    void revalidate();

    QString m_currency;
    Limit m_limit;
    QLineEdit *m_amount;
    QLabel *m_info;
    QDialogButtonBox *m_buttons;
    qint64 m_amountMinor = 0;
};

} // namespace Ledgerdesk
