#pragma once

#include "ledger/account.h"

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Ledgerdesk {

class Database;

// Deposit, withdrawal or transfer for one wallet. Checks as the agent types: the amount's shape for
// the wallet's currency, the funds for a withdrawal or transfer, and the destination wallet of a
// transfer; OK is enabled only when the command would be accepted. Reads through repositories only.
class MoneyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Deposit, Withdraw, Transfer };

    MoneyDialog(Mode mode, Database &db, const Account &wallet, QWidget *parent = nullptr);

    QString messageType() const;
    QJsonObject payload() const;
    // The sentences currently shown next to the fields (empty when valid).
    QString amountError() const;
    QString destinationError() const;
    bool isAcceptable() const;

private:
    void revalidate();

    Mode m_mode;
    Database &m_db;
    Account m_wallet;
    QLineEdit *m_destination = nullptr;
    QLabel *m_destinationInfo = nullptr;
    QLineEdit *m_amount;
    QLabel *m_amountInfo;
    QLineEdit *m_memo;
    QDialogButtonBox *m_buttons;
    qint64 m_amountMinor = 0;
    QString m_destinationId;
};

} // namespace Ledgerdesk
