#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ledgerdesk {

class ActivityModel;
class CommandGateway;
class Database;

// The activity log as the agent dashboard shows it: filters by period (today, yesterday, last 7 and
// 30 days), action and agent; sortable columns; paging. Corrections and (for supervisors) deletions
// go through the gateway as commands.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    ActivityPage(Database &db, CommandGateway *gateway, bool isSupervisor, QWidget *parent = nullptr);

    ActivityModel *model() const { return m_model; }
    void reload();

private:
    void applyFilter();
    void updatePager(int page, int pageCount, qint64 total);
    void correctSelected();
    void deleteSelected();

    Database &m_db;
    CommandGateway *m_gateway; // null when the book is read-only
    bool m_isSupervisor;
    ActivityModel *m_model;
    QComboBox *m_period;
    QComboBox *m_action;
    QComboBox *m_agent;
    QCheckBox *m_showDeleted;
    QTableView *m_table;
    QLabel *m_pageLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_correct;
    QPushButton *m_delete;
};

} // namespace Ledgerdesk
