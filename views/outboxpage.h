#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ledgerdesk {

class CommandGateway;
class Database;
class OutboxModel;

// The notifications owed to clients, newest first: channel, recipient, template, status, attempts,
// the last error and when each was created and sent; a status filter, the counts by status, paging,
// and "Resend" for a failed or dead notification (disabled in a read-only book, which has no
// gateway). Re-reads the outbox every few seconds while it is visible and whenever the books change.
// GUI thread; the database and the gateway belong to the caller and outlive it.
class OutboxPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int defaultRefreshIntervalMs = 3000;

    OutboxPage(Database &db, CommandGateway *gateway, QWidget *parent = nullptr);

    OutboxModel *model() const { return m_model; }
    void setRefreshInterval(int milliseconds) { m_refresh.setInterval(milliseconds); }
    // Re-reads the page and the counts, keeping the chosen notification chosen.
    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    void showCounts(const QString &error);
    void updatePager(int page, int pageCount, qint64 total);
    void updateActions();
    void resendSelected();

    Database &m_db;
    CommandGateway *m_gateway; // null when the book is read-only
    OutboxModel *m_model;
    QLabel *m_summary;
    QComboBox *m_status;
    QTableView *m_table;
    QLabel *m_pageLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_resend;
    QTimer m_refresh;
};

} // namespace Ledgerdesk
