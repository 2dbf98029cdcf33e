#include "loanspage.h"

#include "amountdialog.h"
#include "commands/commandgateway.h"
#include "core/money.h"
#include "loandialog.h"
#include "loans/loanmessages.h"
#include "loans/loanterms.h"
#include "models/loanlistmodel.h"
#include "models/schedulemodel.h"
#include "settings/settings.h"
#include "tableviews.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Ledgerdesk {

namespace {

// Chart values are major units as doubles: for drawing only, never for money arithmetic.
double forChart(qint64 minor, const QString &currency)
{
    double value = double(minor);
    for (int digit = 0; digit < Money::exponent(currency); ++digit)
        value /= 10.0;
    return value;
}

} // namespace

LoansPage::LoansPage(Database &db, CommandGateway *gateway, const Agent &agent, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_gateway(gateway)
    , m_agent(agent)
    , m_model(new LoanListModel(db, this))
    , m_schedule(new ScheduleModel(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_scheduleTable(new QTableView(this))
    , m_chart(new QChart)
    , m_balanceSeries(new QLineSeries(m_chart))
    , m_interestSeries(new QLineSeries(m_chart))
    , m_monthAxis(new QValueAxis(m_chart))
    , m_amountAxis(new QValueAxis(m_chart))
    , m_apply(new QPushButton(tr("Apply for a loan…"), this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
    , m_repay(new QPushButton(tr("Repay…"), this))
    , m_export(new QPushButton(tr("Export schedule…"), this))
{
    buildTables();
    QChartView *chartView = buildChart();
    layOut(chartView);
    connectSignals();
    reload();
}

void LoansPage::buildTables()
{
    m_status->setObjectName(QStringLiteral("status"));
    m_table->setObjectName(QStringLiteral("loans"));
    m_details->setObjectName(QStringLiteral("details"));
    m_apply->setObjectName(QStringLiteral("apply"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_repay->setObjectName(QStringLiteral("repay"));
    m_export->setObjectName(QStringLiteral("export"));

    m_status->addItem(tr("All loans"), -1);
    for (LoanStatus status : {LoanStatus::Pending, LoanStatus::Approved, LoanStatus::Rejected, LoanStatus::Paid})
        m_status->addItem(LoanListModel::statusText(status), int(status));

    setUpRecordTable(m_table, m_model, LoanListModel::ClientColumn);
    setUpRecordTable(m_scheduleTable, m_schedule, -1);
    m_scheduleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
}

QChartView *LoansPage::buildChart()
{
    m_balanceSeries->setName(tr("Still owed"));
    m_interestSeries->setName(tr("Interest paid so far"));
    m_chart->addSeries(m_balanceSeries);
    m_chart->addSeries(m_interestSeries);
    m_monthAxis->setTitleText(tr("month"));
    m_monthAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_monthAxis, Qt::AlignBottom);
    m_chart->addAxis(m_amountAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_balanceSeries, m_interestSeries}) {
        series->attachAxis(m_monthAxis);
        series->attachAxis(m_amountAxis);
    }
    m_chart->setTitle(tr("Amortisation"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *chartView = new QChartView(m_chart, this);
    chartView->setObjectName(QStringLiteral("scheduleChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    return chartView;
}

void LoansPage::layOut(QChartView *chartView)
{
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Show:"), this));
    actions->addWidget(m_status);
    actions->addStretch(1);
    for (QPushButton *button : {m_apply, m_approve, m_reject, m_repay, m_export})
        actions->addWidget(button);

    auto *below = new QSplitter(Qt::Horizontal, this);
    below->addWidget(m_scheduleTable);
    below->addWidget(chartView);
    below->setStretchFactor(0, 2);
    below->setStretchFactor(1, 3);
    below->setSizes({540, 560});
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_details);
    lowerLayout->addWidget(below, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({300, 450});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
}

void LoansPage::connectSignals()
{
    connect(m_status, &QComboBox::currentIndexChanged, this, [this]() {
        const int status = m_status->currentData().toInt();
        m_model->setStatusFilter(status < 0 ? std::nullopt : std::optional<LoanStatus>(LoanStatus(status)));
        showChosenLoan();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LoansPage::showChosenLoan);
    connect(m_apply, &QPushButton::clicked, this, &LoansPage::apply);
    connect(m_approve, &QPushButton::clicked, this, [this]() { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this]() { decide(false); });
    connect(m_repay, &QPushButton::clicked, this, &LoansPage::repay);
    connect(m_export, &QPushButton::clicked, this, &LoansPage::exportSchedule);
    if (m_gateway) {
        connect(m_gateway, &CommandGateway::booksChanged, this, [this]() {
            if (isVisible())
                reload();
        });
    }
}

bool LoansPage::selectLoan(const QString &loanId)
{
    const int row = m_model->rowOf(loanId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void LoansPage::reload()
{
    const QString chosen = chosenLoanId();
    if (const QString error = m_model->reload(); !error.isEmpty())
        Q_EMIT problem(error);
    fitColumnsOnce(m_table, LoanListModel::ClientColumn);
    if (!chosen.isEmpty() && !m_table->currentIndex().isValid())
        selectLoan(chosen);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showChosenLoan();
}

void LoansPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

QString LoansPage::chosenLoanId() const
{
    return m_table->currentIndex().data(LoanListModel::LoanIdRole).toString();
}

void LoansPage::showChosenLoan()
{
    const int row = m_table->currentIndex().row();
    const bool writable = m_gateway != nullptr;
    m_apply->setEnabled(writable);
    if (row < 0 || row >= m_model->rowCount()) {
        m_schedule->clear();
        m_balanceSeries->clear();
        m_interestSeries->clear();
        m_details->setText(m_model->rowCount() == 0 ? tr("No loans yet. “Apply for a loan…” starts one.") : QString());
        for (QPushButton *button : {m_approve, m_reject, m_repay, m_export})
            button->setEnabled(false);
        return;
    }
    const Loan &loan = m_model->rowAt(row);
    const bool pending = loan.status == LoanStatus::Pending;
    const bool ownApplication = loan.appliedBy == m_agent.id;
    const bool mayDecide = writable && pending && m_agent.isSupervisor() && !ownApplication;
    m_approve->setEnabled(mayDecide);
    m_reject->setEnabled(mayDecide);
    const QString whyNot = !pending ? tr("Only a pending loan can be decided on.")
        : !m_agent.isSupervisor()   ? tr("Only a supervisor can decide on a loan.")
        : ownApplication            ? tr("You applied for this loan; another supervisor must decide on it.")
                                    : QString();
    m_approve->setToolTip(whyNot);
    m_reject->setToolTip(whyNot);
    const bool awaitsPayout = LoanListModel::awaitsPayout(loan);
    m_repay->setEnabled(writable && loan.status == LoanStatus::Approved && !awaitsPayout);
    m_repay->setToolTip(awaitsPayout ? tr("The loan was never paid out, so there is nothing to repay yet.") : QString());
    m_export->setEnabled(true);

    QString decision;
    if (!loan.decidedBy.isEmpty())
        decision = loan.decisionReason.isEmpty()
            ? tr(", decided by %1").arg(loan.decidedBy.toHtmlEscaped())
            : tr(", decided by %1 (“%2”)").arg(loan.decidedBy.toHtmlEscaped(), loan.decisionReason.toHtmlEscaped());
    m_details->setText(
        tr("<b>%1</b> · %2 · %3 at %4 % for %n month(s) · monthly %5 · still owed <b>%6</b> of %7 · applied by %8%9", nullptr,
            loan.termMonths)
            .arg(loan.id.toHtmlEscaped(), m_model->index(row, LoanListModel::ClientColumn).data().toString().toHtmlEscaped(),
                Money(loan.principalMinor, loan.currency).format(locale()), locale().toString(loan.rateBp / 100.0, 'f', 2),
                Money(loan.monthlyPaymentMinor, loan.currency).format(locale()),
                Money(loan.remainingMinor, loan.currency).format(locale()),
                Money(loan.totalDueMinor, loan.currency).format(locale()), loan.appliedBy.toHtmlEscaped(), decision)
        + (awaitsPayout ? tr("<br><b>Not paid out:</b> the principal never reached the wallet; the payout waits among the "
                             "dead letters on the Queue page.")
                        : QString()));

    m_schedule->setLoan(loan.terms(), loan.currency);
    QList<QPointF> balance {{0, forChart(loan.principalMinor, loan.currency)}};
    QList<QPointF> interest {{0, 0}};
    qint64 interestSoFar = 0;
    for (const ScheduleRow &scheduleRow : m_schedule->rows()) {
        interestSoFar += scheduleRow.interestMinor;
        balance.append({double(scheduleRow.month), forChart(scheduleRow.balanceMinor, loan.currency)});
        interest.append({double(scheduleRow.month), forChart(interestSoFar, loan.currency)});
    }
    m_balanceSeries->replace(balance);
    m_interestSeries->replace(interest);
    m_monthAxis->setRange(0, std::max(1, loan.termMonths));
    m_monthAxis->setTickCount(std::min(13, loan.termMonths + 1));
    m_amountAxis->setRange(0, forChart(loan.principalMinor, loan.currency) * 1.05);
    m_amountAxis->setTitleText(loan.currency);
    m_amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_amountAxis->applyNiceNumbers();
}

void LoansPage::apply()
{
    BookSettings settings(m_db);
    auto tiers = RateTiers::load(settings);
    if (!tiers) {
        Q_EMIT problem(tiers.error().message);
        return;
    }
    LoanDialog dialog(m_db, *tiers, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        m_gateway->submit(LoanMessages::apply, dialog.payload());
}

void LoansPage::decide(bool approve)
{
    const QString loanId = chosenLoanId();
    if (loanId.isEmpty() || !m_gateway)
        return;
    if (approve) {
        m_gateway->submit(LoanMessages::approve, {{QStringLiteral("loan_id"), loanId}});
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reject loan %1").arg(loanId), tr("Reason (the client is told):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        m_gateway->submit(
            LoanMessages::reject, {{QStringLiteral("loan_id"), loanId}, {QStringLiteral("reason"), reason.trimmed()}});
}

void LoansPage::repay()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || !m_gateway)
        return;
    const Loan &loan = m_model->rowAt(row);
    const Money remaining(loan.remainingMinor, loan.currency);
    AmountDialog dialog(tr("Repay"),
        tr("Loan %1 still owes %2. A larger amount is reduced to what is owed; the wallet must hold it.")
            .arg(loan.id, remaining.format(locale())),
        loan.currency, {}, this);
    dialog.setAmount(std::min(loan.monthlyPaymentMinor, loan.remainingMinor));
    if (dialog.exec() == QDialog::Accepted)
        m_gateway->submit(LoanMessages::repay,
            {{QStringLiteral("loan_id"), loan.id},
                {QStringLiteral("amount"), Money(dialog.amountMinor(), loan.currency).toDecimalString()}});
}

void LoansPage::exportSchedule()
{
    const QString loanId = chosenLoanId();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the schedule"), tr("schedule-%1.csv").arg(loanId), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_schedule->toCsv().toUtf8()) < 0)
        Q_EMIT problem(tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace Ledgerdesk
