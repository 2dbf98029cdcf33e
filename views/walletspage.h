#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ledgerdesk {

class ClientListModel;
class CommandGateway;
class Database;
class RegisterModel;
class WalletListModel;

// Clients and their wallets: find a client, see their profile and wallets, a wallet's register, and
// deposit, withdraw, transfer, add a client or a wallet; supervisors can reverse an entry. Commands go through the gateway; the
// page re-reads when the books change. Selecting a client opens their profile (clientOpened).
class WalletsPage : public QWidget
{
    Q_OBJECT

public:
    WalletsPage(Database &db, CommandGateway *gateway, bool isSupervisor, QWidget *parent = nullptr);

    void reload();
    void selectClient(const QString &clientId);
    QString currentClientId() const;
    QString currentWalletId() const;

Q_SIGNALS:
    void clientOpened(const QString &clientId);

private:
    void buildTables();
    void buildButtons();
    void layOut();
    void connectSignals();
    void showClient();
    void showWallet();
    void updateActions();
    void openMoneyDialog(int mode);
    void newClient();
    void newWallet();
    void reverseEntry();

    Database &m_db;
    CommandGateway *m_gateway; // null when the book is read-only
    ClientListModel *m_clients;
    WalletListModel *m_wallets;
    RegisterModel *m_register;
    QLineEdit *m_search;
    QTableView *m_clientView;
    QTableView *m_walletView;
    QTableView *m_registerView;
    QLabel *m_profile;
    QLabel *m_registerTitle;
    QPushButton *m_newClient;
    QPushButton *m_newWallet;
    QPushButton *m_deposit;
    QPushButton *m_withdraw;
    QPushButton *m_transfer;
    QPushButton *m_reverse;
    bool m_isSupervisor;
    bool m_selectingProgrammatically = false;
    QString m_openedClientId;
};

} // namespace Ledgerdesk
