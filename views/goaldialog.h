#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Ledgerdesk {

class Database;
class WalletChoiceModel;

// A new savings goal: the wallet it saves from, a name and a target, checked as the agent types.
class GoalDialog : public QDialog
{
    Q_OBJECT

public:
    GoalDialog(Database &db, QWidget *parent = nullptr);

    QJsonObject payload() const;
    bool isAcceptable() const;

private:
    void revalidate();

    WalletChoiceModel *m_wallets;
    QComboBox *m_wallet;
    QLineEdit *m_name;
    QLineEdit *m_target;
    QLabel *m_info;
    QDialogButtonBox *m_buttons;
    qint64 m_targetMinor = 0;
};

} // namespace Ledgerdesk
