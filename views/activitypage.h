#pragma once

#include "pagedtablepage.h"

class QCheckBox;
class QComboBox;
class QPushButton;

namespace Ledgerdesk {

class ActivityModel;
class CommandGateway;
class Database;

// The activity log as the agent dashboard shows it: filters by period (today, yesterday, last 7 and
// 30 days), action and agent; sortable columns; paging. Corrections and (for supervisors) deletions
// go through the gateway as commands.
class ActivityPage : public PagedTablePage
{
    Q_OBJECT

public:
    ActivityPage(Database &db, CommandGateway *gateway, bool isSupervisor, QWidget *parent = nullptr);

    ActivityModel *model() const { return m_model; }
    void reload() override;

protected:
    QString pagerText(int pageNumber, int pageCount, int total) const override;

private:
    void fillFilters(Database &db);
    void buildTable();
    void layOutFilters();
    void connectSignals();
    void applyFilter();
    void updateActions();
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
    QPushButton *m_correct = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Ledgerdesk
