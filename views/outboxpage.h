#pragma once

#include "pagedtablepage.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace Ledgerdesk {

class CommandGateway;
class Database;
class OutboxModel;

// The notifications owed to clients, newest first: channel, recipient, template, status, attempts,
// the last error (why one waits or was refused) and when each was created and sent; a status filter,
// the counts by status, paging, and "Resend" for a retrying notification (at once) or a dead one
// (disabled in a read-only book, which has no gateway). Re-reads the outbox every few seconds while
// it is visible and whenever the books change. GUI thread; the database and the gateway belong to the
// caller and outlive it.
class OutboxPage : public PagedTablePage
{
    Q_OBJECT

public:
    OutboxPage(Database &db, CommandGateway *gateway, QWidget *parent = nullptr);

    OutboxModel *model() const { return m_model; }
    // Re-reads the page and the counts, keeping the chosen notification chosen.
    void reload() override;

protected:
    QString pagerText(int pageNumber, int pageCount, int total) const override;

private:
    void applyFilter();
    void showCounts(const QString &error);
    void updateActions();
    void resendSelected();

    CommandGateway *m_gateway; // null when the book is read-only
    OutboxModel *m_model;
    QLabel *m_summary;
    QComboBox *m_status;
    QPushButton *m_resend = nullptr;
};

} // namespace Ledgerdesk
