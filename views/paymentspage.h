#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ledgerdesk {

class CommandGateway;
class Database;
class PaymentListModel;
class WalletChoiceModel;

// Payments to merchants: a request form checked as the agent types, and the history with each
// payment's live status. A payment sent from here is followed until it succeeds or fails, and its
// outcome is announced with the reason. GUI thread; the database and the gateway (null for a
// read-only book) belong to the caller and outlive it.
class PaymentsPage : public QWidget
{
    Q_OBJECT

public:
    PaymentsPage(Database &db, CommandGateway *gateway, QWidget *parent = nullptr);

    PaymentListModel *model() const { return m_model; }
    // Fills the form (for tests and for the wallets page's "Pay…").
    void fillForm(const QString &walletId, const QString &merchant, const QString &amountText);
    bool isFormAcceptable() const;
    QString formProblem() const;
    // Sends the payment in the form; its id, or empty when the form is not acceptable.
    QString submit();
    void reload();

Q_SIGNALS:
    void outcome(bool succeeded, const QString &sentence);
    void problem(const QString &sentence);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void revalidate();
    void announceSettled();

    CommandGateway *m_gateway;
    PaymentListModel *m_model;
    WalletChoiceModel *m_wallets;
    QComboBox *m_wallet;
    QLineEdit *m_merchant;
    QLineEdit *m_amount;
    QLabel *m_info;
    QPushButton *m_pay;
    QLabel *m_summary;
    QTableView *m_table;
    qint64 m_amountMinor = 0;
    QSet<QString> m_followed; // payments sent from here, not settled yet
};

} // namespace Ledgerdesk
