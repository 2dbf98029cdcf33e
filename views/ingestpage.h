#pragma once

#include "pagedtablepage.h"

class QLabel;

namespace Ledgerdesk {

class CommandGateway;
class Database;
class IngestModel;

// The transactions reported by the webhook and the simulator, the most recently received first:
// accounts, merchant, amount, the category the processor gave it and whether it is processed yet;
// the counts by category and status, and paging. It only shows. Re-reads every few seconds while it
// is visible and whenever the books change. GUI thread; the database and the gateway (null for a
// read-only book) belong to the caller and outlive it.
class IngestPage : public PagedTablePage
{
    Q_OBJECT

public:
    IngestPage(Database &db, CommandGateway *gateway, QWidget *parent = nullptr);

    IngestModel *model() const { return m_model; }
    // Re-reads the page and the counts, keeping the chosen transaction chosen.
    void reload() override;

protected:
    QString pagerText(int pageNumber, int pageCount, int total) const override;

private:
    void showCounts(const QString &error);

    IngestModel *m_model;
    QLabel *m_summary;
};

} // namespace Ledgerdesk
