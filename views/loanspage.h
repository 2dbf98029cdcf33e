#pragma once

#include "agents/agent.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;
class QValueAxis;

namespace Ledgerdesk {

class CommandGateway;
class Database;
class LoanListModel;
class ScheduleModel;

// Micro-loans: the loans by status, an application with a live payment preview, approval and
// rejection for supervisors (never of a loan they applied for), repayment, and the chosen loan's
// amortisation schedule as a table and a chart, exportable as CSV. Every change is sent through the
// gateway; the list re-reads whenever the books change. GUI thread; the database and the gateway
// (null for a read-only book) belong to the caller and outlive it.
class LoansPage : public QWidget
{
    Q_OBJECT

public:
    LoansPage(Database &db, CommandGateway *gateway, const Agent &agent, QWidget *parent = nullptr);

    LoanListModel *model() const { return m_model; }
    ScheduleModel *schedule() const { return m_schedule; }
    QTableView *table() const { return m_table; }
    QPushButton *approveButton() const { return m_approve; }
    // Selects a loan by id; false when it is not listed.
    bool selectLoan(const QString &loanId);
    void reload();

Q_SIGNALS:
    void problem(const QString &sentence);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildTables();
    QChartView *buildChart();
    void layOut(QChartView *chartView);
    void connectSignals();
    void showChosenLoan();
    void apply();
    void decide(bool approve);
    void repay();
    void exportSchedule();
    QString chosenLoanId() const;

    Database &m_db;
    CommandGateway *m_gateway;
    Agent m_agent;
    LoanListModel *m_model;
    ScheduleModel *m_schedule;
    QComboBox *m_status;
    QTableView *m_table;
    QLabel *m_details;
    QTableView *m_scheduleTable;
    QChart *m_chart;
    QLineSeries *m_balanceSeries;
    QLineSeries *m_interestSeries;
    QValueAxis *m_monthAxis;
    QValueAxis *m_amountAxis;
    QPushButton *m_apply;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_repay;
    QPushButton *m_export;
};

} // namespace Ledgerdesk
