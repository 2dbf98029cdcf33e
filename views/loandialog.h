#pragma once

#include "loans/loanterms.h"
#include "loans/principallimits.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ledgerdesk {

class Database;
class WalletChoiceModel;

// A loan application: the wallet, the amount and the term, with a live preview of the rate the
// book's tiers give, the monthly payment and what the loan costs in all. OK is enabled only when the
// application would be accepted, also within the book's largest loan for the wallet's currency.
// Reads through repositories and the book's settings only.
class LoanDialog : public QDialog
{
    Q_OBJECT

public:
    LoanDialog(Database &db, const RateTiers &tiers, const QString &walletId, QWidget *parent = nullptr);

    QJsonObject payload() const;
    bool isAcceptable() const;
    QString amountProblem() const;
    QString preview() const;

    void setAmountText(const QString &text);
    void setTermMonths(int months);

private:
    void revalidate();

    RateTiers m_tiers;
    std::optional<PrincipalLimits> m_limits; // none when the setting cannot be read: m_limitsProblem says why
    QString m_limitsProblem;
    WalletChoiceModel *m_wallets;
    QComboBox *m_wallet;
    QLineEdit *m_amount;
    QLabel *m_amountInfo;
    QSpinBox *m_term;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    qint64 m_amountMinor = 0;
};

} // namespace Ledgerdesk
