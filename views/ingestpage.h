#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Ledgerdesk {

class CommandGateway;
class Database;
class IngestModel;

// The transactions reported by the webhook and the simulator, the most recently received first:
// accounts, merchant, amount, the category the processor gave it and whether it is processed yet;
// the counts by category and status, and paging. It only shows. Re-reads every few seconds while it
// is visible and whenever the books change. GUI thread; the database and the gateway (null for a
// read-only book) belong to the caller and outlive it.
class IngestPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int defaultRefreshIntervalMs = 3000;

    IngestPage(Database &db, CommandGateway *gateway, QWidget *parent = nullptr);

    IngestModel *model() const { return m_model; }
    void setRefreshInterval(int milliseconds) { m_refresh.setInterval(milliseconds); }
    // Re-reads the page and the counts, keeping the chosen transaction chosen.
    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showCounts(const QString &error);
    void updatePager(int page, int pageCount, qint64 total);

    IngestModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_pageLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QTimer m_refresh;
};

} // namespace Ledgerdesk
