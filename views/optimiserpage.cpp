#include "optimiserpage.h"

#include "core/money.h"
#include "optimiser/payoffschedulemodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Ledgerdesk {

namespace {

enum DebtColumn { NameColumn, BalanceColumn, RateColumn, MinimumColumn, DebtColumnCount };
enum ExtraColumn { ExtraMonthColumn, ExtraAmountColumn, ExtraColumnCount };

const QColor problemColor(0xb3, 0x26, 0x1e);
const QColor problemBackground(0xfb, 0xe4, 0xe1);

QChartView *makeChart(const QString &title, QDateTimeAxis **time, QValueAxis **amount, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    *time = new QDateTimeAxis;
    (*time)->setFormat(QStringLiteral("MMM yyyy"));
    (*time)->setTickCount(5);
    chart->addAxis(*time, Qt::AlignBottom);
    *amount = new QValueAxis;
    (*amount)->setLabelFormat(QStringLiteral("%.0f"));
    (*amount)->setMin(0);
    chart->addAxis(*amount, Qt::AlignLeft);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    return view;
}

// Where a month sits on a chart's time axis.
qreal chartTime(const YearMonth &month)
{
    return qreal(QDateTime(QDate(month.year, month.month, 1), QTime(0, 0)).toMSecsSinceEpoch());
}

// An amount as a chart coordinate in whole currency units. Charts only: every figure shown as text
// comes from the integer minor units.
qreal chartAmount(qint64 minor, const QString &currency)
{
    return qreal(minor) / std::pow(10.0, qMax(0, Money::exponent(currency)));
}

QString monthText(const YearMonth &month, const QLocale &locale)
{
    return locale.toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy"));
}

QTableWidgetItem *readOnlyItem(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// Sets up the time axis to run from the month before the start (what was owed before month 1) to the
// plan's month `months`, and the amount axis from zero to a round number above `highest`.
void fitAxes(QDateTimeAxis *time, QValueAxis *amount, const YearMonth &start, int months, qreal highest)
{
    time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(chartTime(start.plusMonths(-1)))),
        QDateTime::fromMSecsSinceEpoch(qint64(chartTime(start.plusMonths(qMax(months, 1) - 1)))));
    amount->setRange(0, qMax<qreal>(highest, 1));
    amount->applyNiceNumbers();
}

} // namespace

// What the form holds, read as a PayoffInput, with the problems found while reading it (text that is
// not an amount, a rate or a month) and which table row each debt and extra payment came from.
struct OptimiserPage::Reading
{
    struct CellProblem
    {
        QTableWidget *table;
        int row;
        int column;
        QString message;
    };

    PayoffInput input;
    QList<int> debtRows;
    QList<int> extraRows;
    QList<CellProblem> cellProblems;
    QString budgetProblem;
};

OptimiserPage::OptimiserPage(QWidget *parent)
    : QWidget(parent)
    , m_debts(new QTableWidget(0, DebtColumnCount, this))
    , m_extras(new QTableWidget(0, ExtraColumnCount, this))
    , m_currency(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_budget(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_comparison(new QTableWidget(0, 6, this))
    , m_detailStrategy(new QComboBox(this))
    , m_schedule(new PayoffScheduleModel(this))
    , m_scheduleView(new QTableView(this))
    , m_recompute(new QTimer(this))
{
    QBoxLayout *debtColumn = buildDebtInputs();
    QBoxLayout *planColumn = buildPlanInputs();
    buildResults();
    QTabWidget *tabs = layOutResults();

    auto *inputs = new QHBoxLayout;
    inputs->addLayout(debtColumn, 3);
    inputs->addLayout(planColumn, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(inputs);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_comparison);
    layout->addWidget(tabs, 1);

    connectSignals();
    loadExample();
    recompute();
}

// The debts table with its buttons; returns them laid out as a column.
QBoxLayout *OptimiserPage::buildDebtInputs()
{
    m_debts->setObjectName(QStringLiteral("debts"));
    m_debts->setHorizontalHeaderLabels({tr("Debt"), tr("Balance"), tr("Rate % a year"), tr("Minimum a month")});
    m_debts->verticalHeader()->setDefaultSectionSize(24);
    m_debts->setMinimumHeight(130);
    m_debts->setMaximumHeight(180);
    m_debts->verticalHeader()->hide();
    m_debts->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column = BalanceColumn; column < DebtColumnCount; ++column)
        m_debts->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_debts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_debts->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *addDebt = new QPushButton(tr("Add debt"), this);
    addDebt->setObjectName(QStringLiteral("addDebt"));
    auto *removeDebt = new QPushButton(tr("Remove debt"), this);
    removeDebt->setObjectName(QStringLiteral("removeDebt"));
    m_addLoans = new QPushButton(tr("Add approved loans"), this);
    m_addLoans->setObjectName(QStringLiteral("addLoans"));
    m_addLoans->setToolTip(
        tr("Adds the book's approved loans in this currency: what each still owes, its rate and its monthly payment."));
    m_addLoans->hide();

    auto *debtButtons = new QHBoxLayout;
    debtButtons->addWidget(addDebt);
    debtButtons->addWidget(removeDebt);
    debtButtons->addWidget(m_addLoans);
    debtButtons->addStretch(1);
    auto *debtColumn = new QVBoxLayout;
    debtColumn->addWidget(new QLabel(tr("<b>Debts</b>"), this));
    debtColumn->addWidget(m_debts, 1);
    debtColumn->addLayout(debtButtons);
    connect(addDebt, &QPushButton::clicked, this, [this]() {
        addDebtRow({}, {}, {}, {});
        m_debts->setCurrentCell(m_debts->rowCount() - 1, NameColumn);
        m_debts->editItem(m_debts->currentItem());
    });
    connect(removeDebt, &QPushButton::clicked, this, [this]() {
        if (m_debts->currentRow() >= 0) {
            m_debts->removeRow(m_debts->currentRow());
            m_recompute->start();
        }
    });
    connect(m_addLoans, &QPushButton::clicked, this, &OptimiserPage::addApprovedLoans);
    return debtColumn;
}

// Currency, first month, budget and the extra payments with their buttons; returns them laid out as a column.
QBoxLayout *OptimiserPage::buildPlanInputs()
{
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItems(Money::knownCurrencies());
    m_currency->setCurrentText(QStringLiteral("USD"));
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_start->setDateRange(QDate(YearMonth::minYear, 1, 1), QDate(YearMonth::maxYear, 12, 1));
    const QDate nextMonth = QDate::currentDate().addMonths(1);
    m_start->setDate(QDate(nextMonth.year(), nextMonth.month(), 1));
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setPlaceholderText(tr("paid every month"));

    m_extras->setObjectName(QStringLiteral("extras"));
    m_extras->setHorizontalHeaderLabels({tr("Month of the plan"), tr("Extra payment")});
    m_extras->horizontalHeaderItem(ExtraMonthColumn)->setToolTip(tr("Month 1 is the first month paid."));
    m_extras->verticalHeader()->hide();
    m_extras->verticalHeader()->setDefaultSectionSize(24);
    m_extras->setMaximumHeight(100);
    m_extras->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_extras->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *addExtra = new QPushButton(tr("Add extra payment"), this);
    addExtra->setObjectName(QStringLiteral("addExtra"));
    auto *removeExtra = new QPushButton(tr("Remove"), this);
    removeExtra->setObjectName(QStringLiteral("removeExtra"));

    auto *form = new QFormLayout;
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("First month paid"), m_start);
    form->addRow(tr("Monthly budget"), m_budget);
    auto *extraButtons = new QHBoxLayout;
    extraButtons->addWidget(addExtra);
    extraButtons->addWidget(removeExtra);
    extraButtons->addStretch(1);
    auto *planColumn = new QVBoxLayout;
    planColumn->addLayout(form);
    planColumn->addWidget(new QLabel(tr("<b>One-off extra payments</b>"), this));
    planColumn->addWidget(m_extras, 1);
    planColumn->addLayout(extraButtons);
    connect(addExtra, &QPushButton::clicked, this, [this]() {
        addExtraRow({}, {});
        m_extras->setCurrentCell(m_extras->rowCount() - 1, ExtraMonthColumn);
        m_extras->editItem(m_extras->currentItem());
    });
    connect(removeExtra, &QPushButton::clicked, this, [this]() {
        if (m_extras->currentRow() >= 0) {
            m_extras->removeRow(m_extras->currentRow());
            m_recompute->start();
        }
    });
    return planColumn;
}

// The problem line, the summary, the comparison table, the strategy chooser, the charts and the schedule.
void OptimiserPage::buildResults()
{
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(problemColor.name()));
    m_problem->hide();
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setHorizontalHeaderLabels(
        {tr("Strategy"), tr("Months"), tr("Debt-free"), tr("Total interest"), tr("Interest saved"), tr("Months saved")});
    m_comparison->verticalHeader()->hide();
    m_comparison->verticalHeader()->setDefaultSectionSize(24);
    m_comparison->setFixedHeight(m_comparison->horizontalHeader()->sizeHint().height() + 24 * int(allStrategies().size())
        + 2 * m_comparison->frameWidth());
    m_comparison->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparison->setSelectionMode(QAbstractItemView::SingleSelection);
    m_comparison->setToolTip(tr("Saved: against paying only the minimums. Click a strategy to see it in detail."));

    m_detailStrategy->setObjectName(QStringLiteral("detailStrategy"));
    for (Strategy strategy : allStrategies())
        m_detailStrategy->addItem(strategyTitle(strategy), int(strategy));

    m_totalView = makeChart(tr("Total owed under each strategy"), &m_totalTime, &m_totalAmount, this);
    m_totalView->setObjectName(QStringLiteral("totalChart"));
    m_debtView = makeChart(tr("Each debt under the strategy shown"), &m_debtTime, &m_debtAmount, this);
    m_debtView->setObjectName(QStringLiteral("debtChart"));

    m_scheduleView->setObjectName(QStringLiteral("schedule"));
    m_scheduleView->setModel(m_schedule);
    m_scheduleView->verticalHeader()->hide();
    m_scheduleView->verticalHeader()->setDefaultSectionSize(24);
    m_scheduleView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scheduleView->setAlternatingRowColors(true);
    m_scheduleView->setSelectionBehavior(QAbstractItemView::SelectRows);
}

// The charts and the month-by-month schedule as tabs, the strategy chooser in their corner.
QTabWidget *OptimiserPage::layOutResults()
{
    auto *chartsPage = new QWidget(this);
    auto *charts = new QHBoxLayout(chartsPage);
    charts->setContentsMargins(0, 4, 0, 0);
    charts->addWidget(m_totalView);
    charts->addWidget(m_debtView);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QHBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 2);
    detailLayout->addWidget(new QLabel(tr("Strategy in detail:"), detail));
    detailLayout->addWidget(m_detailStrategy);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("resultTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(chartsPage, tr("Charts"));
    tabs->addTab(m_scheduleView, tr("Month by month"));
    tabs->setCornerWidget(detail, Qt::TopRightCorner);
    return tabs;
}

void OptimiserPage::connectSignals()
{
    m_recompute->setSingleShot(true);
    m_recompute->setInterval(40);
    connect(m_recompute, &QTimer::timeout, this, &OptimiserPage::recompute);
    const auto later = [this]() { m_recompute->start(); };
    connect(m_debts, &QTableWidget::itemChanged, this, later);
    connect(m_extras, &QTableWidget::itemChanged, this, later);
    connect(m_currency, &QComboBox::currentIndexChanged, this, later);
    connect(m_start, &QDateEdit::dateChanged, this, later);
    connect(m_budget, &QLineEdit::textChanged, this, later);
    connect(m_detailStrategy, &QComboBox::currentIndexChanged, this, &OptimiserPage::showDetail);
    connect(m_comparison, &QTableWidget::cellClicked, this, [this](int row) { m_detailStrategy->setCurrentIndex(row); });
}

void OptimiserPage::loadExample()
{
    const QString currency = m_currency->currentText();
    const auto amount = [this, &currency](qint64 minor) { return Money(minor, currency).formatNumber(locale()); };
    const auto rate = [this](qint64 ppm) { return Debt::rateText(ppm, locale()); };
    addDebtRow(tr("Visa card"), amount(485000), rate(229900), amount(14500));
    addDebtRow(tr("Store card"), amount(124000), rate(264900), amount(4000));
    addDebtRow(tr("Car loan"), amount(960000), rate(69000), amount(28500));
    addDebtRow(tr("Student loan"), amount(1420000), rate(45000), amount(16000));
    addDebtRow(tr("Personal loan"), amount(310000), rate(117500), amount(11000));
    m_budget->setText(amount(110000));
    addExtraRow(locale().toString(4), amount(100000));
}

void OptimiserPage::addDebts(const QList<Debt> &debts)
{
    const QString currency = m_currency->currentText();
    for (const Debt &debt : debts) {
        addDebtRow(debt.name, Money(debt.balanceMinor, currency).formatNumber(locale()), Debt::rateText(debt.ratePpm, locale()),
            Money(debt.minimumMinor, currency).formatNumber(locale()));
    }
    recompute();
}

void OptimiserPage::setLoanSource(LoanSource source)
{
    m_loanSource = std::move(source);
    m_addLoans->setVisible(bool(m_loanSource));
}

bool OptimiserPage::addApprovedLoans()
{
    if (!m_loanSource)
        return false;
    const QString currency = m_currency->currentText();
    auto debts = m_loanSource(currency);
    if (!debts) {
        Q_EMIT notice(debts.error().message);
        return false;
    }
    if (debts->isEmpty()) {
        Q_EMIT notice(tr("The book has no approved loans in %1 that still owe anything.").arg(currency));
        return false;
    }
    addDebts(*debts);
    return true;
}

void OptimiserPage::addDebtRow(const QString &name, const QString &balance, const QString &rate, const QString &minimum)
{
    const QSignalBlocker quiet(m_debts);
    const int row = m_debts->rowCount();
    m_debts->insertRow(row);
    m_debts->setItem(row, NameColumn, new QTableWidgetItem(name));
    int column = BalanceColumn;
    for (const QString &text : {balance, rate, minimum}) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_debts->setItem(row, column++, item);
    }
    m_recompute->start();
}

void OptimiserPage::addExtraRow(const QString &month, const QString &amount)
{
    const QSignalBlocker quiet(m_extras);
    const int row = m_extras->rowCount();
    m_extras->insertRow(row);
    int column = ExtraMonthColumn;
    for (const QString &text : {month, amount}) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_extras->setItem(row, column++, item);
    }
    m_recompute->start();
}

QString OptimiserPage::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

OptimiserPage::Reading OptimiserPage::readInput() const
{
    Reading reading;
    PayoffInput &input = reading.input;
    input.currency = m_currency->currentText();
    input.start = YearMonth {m_start->date().year(), m_start->date().month()};
    const QLocale here = locale();
    const QStringList columnNames {tr("name"), tr("balance"), tr("rate"), tr("minimum")};

    for (int row = 0; row < m_debts->rowCount(); ++row) {
        QStringList texts;
        for (int column = 0; column < DebtColumnCount; ++column)
            texts << cellText(m_debts, row, column);
        // A row not typed into yet is not a debt yet.
        if (std::all_of(texts.cbegin(), texts.cend(), [](const QString &text) { return text.isEmpty(); }))
            continue;
        const QString label = texts.at(NameColumn).isEmpty() ? tr("Row %1").arg(row + 1) : texts.at(NameColumn);
        const auto problem = [&](int column, const QString &message) {
            reading.cellProblems.append({m_debts, row, column, tr("%1, %2: %3").arg(label, columnNames.at(column), message)});
        };
        Debt debt;
        debt.name = texts.at(NameColumn);
        const auto money = [&](int column) -> qint64 {
            auto parsed = Money::parseLocalized(texts.at(column), input.currency, here);
            if (!parsed) {
                problem(column, parsed.error().message);
                return 0;
            }
            return parsed->minor();
        };
        debt.balanceMinor = money(BalanceColumn);
        if (auto rate = Debt::parseRate(texts.at(RateColumn), here); rate)
            debt.ratePpm = *rate;
        else
            problem(RateColumn, rate.error().message);
        debt.minimumMinor = money(MinimumColumn);
        input.debts.append(debt);
        reading.debtRows.append(row);
    }

    if (auto budget = Money::parseLocalized(m_budget->text(), input.currency, here); budget)
        input.budgetMinor = budget->minor();
    else
        reading.budgetProblem = tr("Monthly budget: %1").arg(budget.error().message);

    for (int row = 0; row < m_extras->rowCount(); ++row) {
        const QString monthText = cellText(m_extras, row, ExtraMonthColumn);
        const QString amountText = cellText(m_extras, row, ExtraAmountColumn);
        if (monthText.isEmpty() && amountText.isEmpty())
            continue;
        ExtraPayment extra;
        bool isNumber = false;
        extra.month = here.toInt(monthText, &isNumber);
        if (!isNumber) {
            reading.cellProblems.append({m_extras, row, ExtraMonthColumn,
                tr("Extra payment %1: write the month of the plan as a number, 1 for the first month paid.").arg(row + 1)});
        }
        if (auto amount = Money::parseLocalized(amountText, input.currency, here); amount) {
            extra.amountMinor = amount->minor();
        } else {
            reading.cellProblems.append(
                {m_extras, row, ExtraAmountColumn, tr("Extra payment %1: %2").arg(row + 1).arg(amount.error().message)});
        }
        input.extras.append(extra);
        reading.extraRows.append(row);
    }
    return reading;
}

void OptimiserPage::clearMarks()
{
    for (QTableWidget *table : {m_debts, m_extras}) {
        const QSignalBlocker quiet(table);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QTableWidgetItem *item = table->item(row, column)) {
                    item->setData(Qt::BackgroundRole, QVariant());
                    item->setToolTip(QString());
                }
            }
        }
    }
    m_budget->setStyleSheet(QString());
    m_budget->setToolTip(QString());
}

void OptimiserPage::markCell(QTableWidget *table, int row, int column, const QString &problem)
{
    const QSignalBlocker quiet(table);
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    item->setBackground(problemBackground);
    item->setToolTip(problem);
}

void OptimiserPage::showProblems(const Reading &reading, const QList<InputProblem> &problems)
{
    QStringList sentences;
    for (const Reading::CellProblem &problem : reading.cellProblems) {
        markCell(problem.table, problem.row, problem.column, problem.message);
        sentences << problem.message;
    }
    if (!reading.budgetProblem.isEmpty()) {
        m_budget->setStyleSheet(QStringLiteral("border: 1px solid %1;").arg(problemColor.name()));
        m_budget->setToolTip(reading.budgetProblem);
        sentences << reading.budgetProblem;
    }
    for (const InputProblem &problem : problems) {
        using Field = InputProblem::Field;
        switch (problem.field) {
        case Field::Name:
            markCell(m_debts, reading.debtRows.at(problem.index), NameColumn, problem.message);
            break;
        case Field::Balance:
            markCell(m_debts, reading.debtRows.at(problem.index), BalanceColumn, problem.message);
            break;
        case Field::Rate:
            markCell(m_debts, reading.debtRows.at(problem.index), RateColumn, problem.message);
            break;
        case Field::Minimum:
            markCell(m_debts, reading.debtRows.at(problem.index), MinimumColumn, problem.message);
            break;
        case Field::ExtraMonth:
            markCell(m_extras, reading.extraRows.at(problem.index), ExtraMonthColumn, problem.message);
            break;
        case Field::ExtraAmount:
            markCell(m_extras, reading.extraRows.at(problem.index), ExtraAmountColumn, problem.message);
            break;
        case Field::Budget:
            m_budget->setStyleSheet(QStringLiteral("border: 1px solid %1;").arg(problemColor.name()));
            m_budget->setToolTip(problem.message);
            break;
        case Field::Currency:
        case Field::Start:
        case Field::Debts:
            break;
        }
        sentences << problem.message;
    }
    m_problem->setText(sentences.isEmpty() ? QString() : sentences.constFirst());
    m_problem->setToolTip(sentences.join(QLatin1Char('\n')));
    m_problem->setVisible(!sentences.isEmpty());
}

void OptimiserPage::recompute()
{
    m_recompute->stop();
    clearMarks();
    const Reading reading = readInput();
    // Text that is not an amount leaves a zero in its place; only checks of the rest say more.
    const QList<InputProblem> problems = reading.cellProblems.isEmpty() && reading.budgetProblem.isEmpty()
        ? DebtOptimiser::problems(reading.input)
        : QList<InputProblem>();
    showProblems(reading, problems);
    const bool usable = reading.cellProblems.isEmpty() && reading.budgetProblem.isEmpty() && problems.isEmpty();
    DebtOptimiser::Comparison comparison;
    if (usable) {
        auto computed = DebtOptimiser::compare(reading.input);
        if (computed)
            comparison = std::move(computed).value();
    }
    m_plans = comparison.plans;
    showComparison(comparison);
    showTotalChart();
    showDetail();
}

void OptimiserPage::showComparison(const DebtOptimiser::Comparison &comparison)
{
    const QLocale here = locale();
    m_comparison->setRowCount(0);
    m_summary->clear();
    if (m_plans.isEmpty())
        return;
    const PayoffPlan *best = nullptr;
    for (const PayoffPlan &plan : std::as_const(m_plans)) {
        if (plan.ends && (!best || plan.totalInterestMinor < best->totalInterestMinor))
            best = &plan;
    }
    const QString notCompared = tr("Minimum payments alone never pay these debts off, so there is nothing to compare with.");
    const QString dash = QStringLiteral("—");
    for (const PayoffPlan &plan : std::as_const(m_plans)) {
        const int row = m_comparison->rowCount();
        m_comparison->insertRow(row);
        const auto amount = [&plan, &here](qint64 minor) { return Money(minor, plan.currency).format(here); };
        m_comparison->setItem(row, 0, readOnlyItem(strategyTitle(plan.strategy), Qt::AlignLeft | Qt::AlignVCenter));
        if (!plan.ends) {
            auto *never = readOnlyItem(tr("Never ends"), Qt::AlignLeft | Qt::AlignVCenter);
            never->setForeground(problemColor);
            never->setToolTip(plan.reason);
            m_comparison->setItem(row, 1, never);
            m_comparison->setSpan(row, 1, 1, 5);
            m_comparison->item(row, 0)->setToolTip(plan.reason);
            continue;
        }
        m_comparison->setItem(row, 1, readOnlyItem(here.toString(plan.months)));
        m_comparison->setItem(row, 2, readOnlyItem(monthText(plan.debtFree(), here)));
        m_comparison->setItem(row, 3, readOnlyItem(amount(plan.totalInterestMinor)));
        const bool isBaseline = plan.strategy == Strategy::MinimumOnly;
        auto *interestSaved = readOnlyItem(plan.interestSavedMinor && !isBaseline ? amount(*plan.interestSavedMinor) : dash);
        auto *monthsSaved = readOnlyItem(plan.monthsSaved && !isBaseline ? here.toString(*plan.monthsSaved) : dash);
        const QString why = isBaseline   ? tr("The other strategies are compared with this one.")
            : comparison.minimumOnlyEnds ? QString()
                                         : notCompared;
        interestSaved->setToolTip(why);
        monthsSaved->setToolTip(why);
        m_comparison->setItem(row, 4, interestSaved);
        m_comparison->setItem(row, 5, monthsSaved);
        if (&plan == best) {
            for (int column = 0; column < m_comparison->columnCount(); ++column) {
                QFont font = m_comparison->item(row, column)->font();
                font.setBold(true);
                m_comparison->item(row, column)->setFont(font);
            }
        }
    }

    if (!best) {
        m_summary->setText(tr("No strategy pays these debts off: %1").arg(m_plans.constFirst().reason));
    } else if (best->interestSavedMinor && *best->interestSavedMinor > 0) {
        m_summary->setText(
            tr("<b>%1</b> pays these debts off by <b>%2</b>, in %3 months, and saves <b>%4</b> of interest and %5 "
               "months against paying only the minimums.")
                .arg(strategyTitle(best->strategy), monthText(best->debtFree(), here), here.toString(best->months),
                    Money(*best->interestSavedMinor, best->currency).format(here), here.toString(*best->monthsSaved)));
    } else {
        m_summary->setText(tr("<b>%1</b> pays these debts off by <b>%2</b>, in %3 months, with %4 of interest.")
                               .arg(strategyTitle(best->strategy), monthText(best->debtFree(), here), here.toString(best->months),
                                   Money(best->totalInterestMinor, best->currency).format(here)));
    }
    if (!comparison.minimumOnlyEnds)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') + notCompared);
}

void OptimiserPage::showTotalChart()
{
    QChart *chart = m_totalView->chart();
    chart->removeAllSeries();
    if (m_plans.isEmpty())
        return;
    // The axis runs to the end of the longest plan that ends; a plan that never ends is drawn up to there.
    int months = 0;
    for (const PayoffPlan &plan : std::as_const(m_plans))
        months = qMax(months, plan.ends ? plan.months : 0);
    if (months == 0)
        months = m_plans.constFirst().months;
    qreal highest = 0;
    for (const PayoffPlan &plan : std::as_const(m_plans)) {
        auto *series = new QLineSeries;
        series->setName(plan.ends ? strategyTitle(plan.strategy) : tr("%1 (never ends)").arg(strategyTitle(plan.strategy)));
        QList<QPointF> points;
        const int shown = qMin(months, plan.months);
        points.reserve(shown + 1);
        for (int month = 0; month <= shown; ++month) {
            const qreal owed = chartAmount(plan.totalBalanceMinor.at(month), plan.currency);
            points.append(QPointF(chartTime(plan.monthDate(month)), owed));
            highest = qMax(highest, owed);
        }
        series->replace(points);
        chart->addSeries(series);
        QPen pen = series->pen();
        pen.setWidthF(2);
        if (plan.strategy == Strategy::MinimumOnly)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->attachAxis(m_totalTime);
        series->attachAxis(m_totalAmount);
    }
    fitAxes(m_totalTime, m_totalAmount, m_plans.constFirst().start, months, highest);
    m_totalAmount->setTitleText(m_plans.constFirst().currency);
}

void OptimiserPage::showDetail()
{
    QChart *chart = m_debtView->chart();
    chart->removeAllSeries();
    const auto strategy = Strategy(m_detailStrategy->currentData().toInt());
    const auto found = std::find_if(
        m_plans.cbegin(), m_plans.cend(), [strategy](const PayoffPlan &plan) { return plan.strategy == strategy; });
    if (found == m_plans.cend()) {
        m_schedule->clear();
        return;
    }
    const PayoffPlan &plan = *found;
    chart->setTitle(plan.ends ? tr("Each debt under %1").arg(strategyTitle(plan.strategy))
                              : tr("Each debt under %1, which never ends").arg(strategyTitle(plan.strategy)));
    qreal highest = 0;
    for (int debt = 0; debt < plan.debtCount(); ++debt) {
        auto *series = new QLineSeries;
        series->setName(plan.debts.at(debt).name);
        QList<QPointF> points;
        points.reserve(plan.monthsOwed(debt) + 1);
        const qreal opening = chartAmount(plan.debts.at(debt).openingBalanceMinor, plan.currency);
        points.append(QPointF(chartTime(plan.monthDate(0)), opening));
        highest = qMax(highest, opening);
        for (int month = 1; month <= plan.monthsOwed(debt); ++month) {
            const qreal owed = chartAmount(plan.cell(month, debt).balanceMinor, plan.currency);
            points.append(QPointF(chartTime(plan.monthDate(month)), owed));
            highest = qMax(highest, owed);
        }
        series->replace(points);
        chart->addSeries(series);
        QPen pen = series->pen();
        pen.setWidthF(2);
        series->setPen(pen);
        series->attachAxis(m_debtTime);
        series->attachAxis(m_debtAmount);
    }
    fitAxes(m_debtTime, m_debtAmount, plan.start, plan.months, highest);
    m_debtAmount->setTitleText(plan.currency);
    m_schedule->setPlan(plan);
}

} // namespace Ledgerdesk
