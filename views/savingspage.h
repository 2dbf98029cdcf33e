#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Ledgerdesk {

class CommandGateway;
class ContributionModel;
class Database;
class GoalListModel;

// Savings goals with their progress bars: a new goal, money added from the wallet, redemption once
// the target is reached, deletion (which refunds what the goal holds), and the chosen goal's
// history. Every change goes through the gateway; the lists re-read whenever the books change.
// GUI thread; the database and the gateway (null for a read-only book) belong to the caller and
// outlive it.
class SavingsPage : public QWidget
{
    Q_OBJECT

public:
    SavingsPage(Database &db, CommandGateway *gateway, QWidget *parent = nullptr);

    GoalListModel *model() const { return m_model; }
    ContributionModel *history() const { return m_history; }
    bool selectGoal(const QString &goalId);
    void reload();

Q_SIGNALS:
    void problem(const QString &sentence);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showChosenGoal();
    void addMoney();
    void closeGoal(bool redeem);

    Database &m_db;
    CommandGateway *m_gateway;
    GoalListModel *m_model;
    ContributionModel *m_history;
    QTableView *m_goals;
    QTableView *m_historyTable;
    QLabel *m_details;
    QPushButton *m_create;
    QPushButton *m_add;
    QPushButton *m_redeem;
    QPushButton *m_delete;
};

} // namespace Ledgerdesk
