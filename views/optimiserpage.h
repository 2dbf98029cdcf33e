#pragma once

#include "optimiser/debtoptimiser.h"

#include <QWidget>

#include <functional>

class QBoxLayout;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QValueAxis;

namespace Ledgerdesk {

class PayoffScheduleModel;

// The debt optimiser: an editable table of debts with the currency, start month, monthly budget and
// one-off extra payments; the strategies compared side by side in a table and in a chart of the total
// owed; each debt's balance and the month-by-month schedule under the strategy chosen. It recomputes
// shortly after every edit; a problem with the input is said as a sentence above the results and its
// cell is marked. It opens with an example set of debts and needs no database. GUI thread.
class OptimiserPage : public QWidget
{
    Q_OBJECT

public:
    explicit OptimiserPage(QWidget *parent = nullptr);

    // Where "Add approved loans" finds the book's loans as debts of a currency; without one the button
    // stays hidden.
    using LoanSource = std::function<Result<QList<Debt>>(const QString &currency)>;
    void setLoanSource(LoanSource source);

    // Appends debts to the table, amounts in minor units of the page's currency, and recomputes.
    void addDebts(const QList<Debt> &debts);
    // Adds the loan source's debts in the page's currency; false (with notice() said) when there are none.
    bool addApprovedLoans();
    // Computes at once instead of after the short pause that gathers a burst of edits.
    void recompute();

    // The plans of the last computation in strategy order; empty while the input has a problem.
    const QList<PayoffPlan> &plans() const { return m_plans; }
    // The sentence saying what is wrong with the input; empty when nothing is.
    QString problemText() const;

Q_SIGNALS:
    // Something for the agent to know that is not a problem of the input, as a sentence.
    void notice(const QString &sentence);

private:
    struct Reading;

    QBoxLayout *buildDebtInputs();
    QBoxLayout *buildPlanInputs();
    void buildResults();
    QTabWidget *layOutResults();
    void connectSignals();
    Reading readInput() const;
    void showProblems(const Reading &reading, const QList<InputProblem> &problems);
    void clearMarks();
    void markCell(QTableWidget *table, int row, int column, const QString &problem);
    void showComparison(const DebtOptimiser::Comparison &comparison);
    void showTotalChart();
    void showDetail();
    void addDebtRow(const QString &name, const QString &balance, const QString &rate, const QString &minimum);
    void addExtraRow(const QString &month, const QString &amount);
    void loadExample();

    QTableWidget *m_debts;
    QTableWidget *m_extras;
    QComboBox *m_currency;
    QDateEdit *m_start;
    QLineEdit *m_budget;
    QLabel *m_problem;
    QLabel *m_summary;
    QTableWidget *m_comparison;
    QComboBox *m_detailStrategy;
    QChartView *m_totalView;
    QChartView *m_debtView;
    QDateTimeAxis *m_totalTime;
    QValueAxis *m_totalAmount;
    QDateTimeAxis *m_debtTime;
    QValueAxis *m_debtAmount;
    PayoffScheduleModel *m_schedule;
    QTableView *m_scheduleView;
    QTimer *m_recompute;
    QList<PayoffPlan> m_plans;
    QPushButton *m_addLoans;
    LoanSource m_loanSource;
};

} // namespace Ledgerdesk
